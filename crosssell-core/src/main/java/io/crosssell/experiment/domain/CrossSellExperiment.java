package io.crosssell.experiment.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/** An A/B experiment on one placement (table CS_EXPERIMENT). */
public interface CrossSellExperiment extends Serializable {

    Long getId();

    String getName();

    void setName(String name);

    String getHypothesis();

    void setHypothesis(String hypothesis);

    /** fbt, cart or confirmation. */
    String getPlacement();

    void setPlacement(String placement);

    /** DRAFT, RUNNING or STOPPED ({@code ExperimentStatus}). */
    String getStatus();

    void setStatus(String status);

    /** Random per experiment, so assignments of different experiments are independent. */
    String getSalt();

    void setSalt(String salt);

    Date getStartDate();

    void setStartDate(Date startDate);

    Date getEndDate();

    void setEndDate(Date endDate);

    /** When it was started and stopped (null before). */
    Date getStartedDate();

    void setStartedDate(Date started);

    Date getStoppedDate();

    void setStoppedDate(Date stopped);

    String getPrimaryMetric();

    void setPrimaryMetric(String metric);

    /** The smallest relative effect worth detecting, per cent. */
    BigDecimal getMinimumDetectableEffect();

    void setMinimumDetectableEffect(BigDecimal percent);

    /** The variant made the placement's default when it was stopped, or null. */
    Long getWinnerVariantId();

    void setWinnerVariantId(Long variantId);

    List<CrossSellExperimentVariant> getVariants();

    Date getDateUpdated();

    void setDateUpdated(Date dateUpdated);
}
