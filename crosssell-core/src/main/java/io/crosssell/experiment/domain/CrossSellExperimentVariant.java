package io.crosssell.experiment.domain;

import java.io.Serializable;

/** A variant of an experiment: its traffic weight and what it changes (table CS_EXPERIMENT_VARIANT). */
public interface CrossSellExperimentVariant extends Serializable {

    Long getId();

    CrossSellExperiment getExperiment();

    void setExperiment(CrossSellExperiment experiment);

    int getPosition();

    void setPosition(int position);

    String getName();

    void setName(String name);

    int getWeight();

    void setWeight(int weight);

    boolean isControl();

    void setControl(boolean control);

    /** A {@code Treatment} name. */
    String getTreatment();

    void setTreatment(String treatment);

    String getTreatmentValue();

    void setTreatmentValue(String value);

    /** A bundle discount variant's trial offer (the Broadleaf offer pricing it), set while it runs; else null. */
    Long getTrialOfferId();

    void setTrialOfferId(Long offerId);
}
