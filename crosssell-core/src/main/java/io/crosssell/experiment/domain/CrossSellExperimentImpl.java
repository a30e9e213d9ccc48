package io.crosssell.experiment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** JPA entity behind {@link CrossSellExperiment}, table CS_EXPERIMENT. */
@Entity
@Table(name = "CS_EXPERIMENT")
public class CrossSellExperimentImpl implements CrossSellExperiment {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellExperimentId")
    @GenericGenerator(name = "CrossSellExperimentId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellExperimentImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.experiment.domain.CrossSellExperimentImpl")
            })
    @Column(name = "CS_EXPERIMENT_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    protected String name;

    @Column(name = "HYPOTHESIS", length = 1000)
    protected String hypothesis;

    @Column(name = "PLACEMENT", nullable = false, length = 40)
    protected String placement;

    @Column(name = "STATUS", nullable = false, length = 20)
    protected String status;

    @Column(name = "SALT", nullable = false, length = 40)
    protected String salt;

    @Column(name = "START_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date startDate;

    @Column(name = "END_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date endDate;

    @Column(name = "STARTED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date startedDate;

    @Column(name = "STOPPED_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date stoppedDate;

    @Column(name = "PRIMARY_METRIC", nullable = false, length = 30)
    protected String primaryMetric;

    @Column(name = "MIN_DETECTABLE_EFFECT", nullable = false, precision = 19, scale = 5)
    protected BigDecimal minimumDetectableEffect;

    @Column(name = "WINNER_VARIANT_ID")
    protected Long winnerVariantId;

    @OneToMany(mappedBy = "experiment", targetEntity = CrossSellExperimentVariantImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("position")
    protected List<CrossSellExperimentVariant> variants = new ArrayList<CrossSellExperimentVariant>();

    @Column(name = "DATE_UPDATED", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date dateUpdated;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getHypothesis() {
        return hypothesis;
    }

    @Override
    public void setHypothesis(String hypothesis) {
        this.hypothesis = hypothesis;
    }

    @Override
    public String getPlacement() {
        return placement;
    }

    @Override
    public void setPlacement(String placement) {
        this.placement = placement;
    }

    @Override
    public String getStatus() {
        return status;
    }

    @Override
    public void setStatus(String status) {
        this.status = status;
    }

    @Override
    public String getSalt() {
        return salt;
    }

    @Override
    public void setSalt(String salt) {
        this.salt = salt;
    }

    @Override
    public Date getStartDate() {
        return startDate;
    }

    @Override
    public void setStartDate(Date startDate) {
        this.startDate = startDate;
    }

    @Override
    public Date getEndDate() {
        return endDate;
    }

    @Override
    public void setEndDate(Date endDate) {
        this.endDate = endDate;
    }

    @Override
    public Date getStartedDate() {
        return startedDate;
    }

    @Override
    public void setStartedDate(Date started) {
        this.startedDate = started;
    }

    @Override
    public Date getStoppedDate() {
        return stoppedDate;
    }

    @Override
    public void setStoppedDate(Date stopped) {
        this.stoppedDate = stopped;
    }

    @Override
    public String getPrimaryMetric() {
        return primaryMetric;
    }

    @Override
    public void setPrimaryMetric(String metric) {
        this.primaryMetric = metric;
    }

    @Override
    public BigDecimal getMinimumDetectableEffect() {
        return minimumDetectableEffect;
    }

    @Override
    public void setMinimumDetectableEffect(BigDecimal percent) {
        this.minimumDetectableEffect = percent;
    }

    @Override
    public Long getWinnerVariantId() {
        return winnerVariantId;
    }

    @Override
    public void setWinnerVariantId(Long variantId) {
        this.winnerVariantId = variantId;
    }

    @Override
    public List<CrossSellExperimentVariant> getVariants() {
        return variants;
    }

    @Override
    public Date getDateUpdated() {
        return dateUpdated;
    }

    @Override
    public void setDateUpdated(Date dateUpdated) {
        this.dateUpdated = dateUpdated;
    }
}
