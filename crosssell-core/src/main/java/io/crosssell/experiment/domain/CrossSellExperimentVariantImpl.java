package io.crosssell.experiment.domain;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** JPA entity behind {@link CrossSellExperimentVariant}, table CS_EXPERIMENT_VARIANT. */
@Entity
@Table(name = "CS_EXPERIMENT_VARIANT")
public class CrossSellExperimentVariantImpl implements CrossSellExperimentVariant {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CrossSellExperimentVariantId")
    @GenericGenerator(name = "CrossSellExperimentVariantId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CrossSellExperimentVariantImpl"),
                    @Parameter(name = "entity_name", value = "io.crosssell.experiment.domain.CrossSellExperimentVariantImpl")
            })
    @Column(name = "CS_EXPERIMENT_VARIANT_ID")
    protected Long id;

    @ManyToOne(targetEntity = CrossSellExperimentImpl.class, optional = false)
    @JoinColumn(name = "CS_EXPERIMENT_ID")
    protected CrossSellExperiment experiment;

    @Column(name = "POSITION", nullable = false)
    protected Integer position;

    @Column(name = "NAME", nullable = false, length = 60)
    protected String name;

    @Column(name = "WEIGHT", nullable = false)
    protected Integer weight;

    @Column(name = "IS_CONTROL", nullable = false)
    protected Boolean control;

    @Column(name = "TREATMENT", nullable = false, length = 20)
    protected String treatment;

    @Column(name = "TREATMENT_VALUE", length = 200)
    protected String treatmentValue;

    @Column(name = "TRIAL_OFFER_ID")
    protected Long trialOfferId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public CrossSellExperiment getExperiment() {
        return experiment;
    }

    @Override
    public void setExperiment(CrossSellExperiment experiment) {
        this.experiment = experiment;
    }

    @Override
    public int getPosition() {
        return position == null ? 0 : position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
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
    public int getWeight() {
        return weight == null ? 0 : weight;
    }

    @Override
    public void setWeight(int weight) {
        this.weight = weight;
    }

    @Override
    public boolean isControl() {
        return Boolean.TRUE.equals(control);
    }

    @Override
    public void setControl(boolean control) {
        this.control = control;
    }

    @Override
    public String getTreatment() {
        return treatment;
    }

    @Override
    public void setTreatment(String treatment) {
        this.treatment = treatment;
    }

    @Override
    public String getTreatmentValue() {
        return treatmentValue;
    }

    @Override
    public void setTreatmentValue(String value) {
        this.treatmentValue = value;
    }

    @Override
    public Long getTrialOfferId() {
        return trialOfferId;
    }

    @Override
    public void setTrialOfferId(Long offerId) {
        this.trialOfferId = offerId;
    }
}
