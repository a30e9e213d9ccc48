package io.crosssell.experiment;

/** An experiment's life: set up (editable), running (variants fixed), stopped (read only). */
public enum ExperimentStatus {
    DRAFT, RUNNING, STOPPED;

    public static ExperimentStatus fromName(String name) {
        for (ExperimentStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return DRAFT;
    }
}
