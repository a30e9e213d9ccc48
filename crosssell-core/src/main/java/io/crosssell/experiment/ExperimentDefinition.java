package io.crosssell.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** An experiment as a merchandiser sets it up, before it is saved. */
public final class ExperimentDefinition {

    private final String name;
    private final String hypothesis;
    private final String placement;
    private final Date startDate;
    private final Date endDate;
    private final String primaryMetric;
    private final BigDecimal minimumDetectableEffect;
    private final List<VariantSpec> variants;

    /**
     * @param minimumDetectableEffect the smallest relative change worth detecting, in per cent (sizes the test)
     * @param primaryMetric a {@code Metric} name of the analysis (revenue per visitor by default)
     */
    public ExperimentDefinition(String name, String hypothesis, String placement, Date startDate, Date endDate,
            String primaryMetric, BigDecimal minimumDetectableEffect, List<VariantSpec> variants) {
        this.name = name;
        this.hypothesis = hypothesis;
        this.placement = placement;
        this.startDate = startDate;
        this.endDate = endDate;
        this.primaryMetric = primaryMetric;
        this.minimumDetectableEffect = minimumDetectableEffect;
        this.variants = Collections.unmodifiableList(new ArrayList<VariantSpec>(variants));
    }

    public String name() {
        return name;
    }

    public String hypothesis() {
        return hypothesis;
    }

    public String placement() {
        return placement;
    }

    public Date startDate() {
        return startDate;
    }

    public Date endDate() {
        return endDate;
    }

    public String primaryMetric() {
        return primaryMetric;
    }

    public BigDecimal minimumDetectableEffect() {
        return minimumDetectableEffect;
    }

    public List<VariantSpec> variants() {
        return variants;
    }
}
