package io.crosssell.experiment.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An experiment that may not be saved or started, with each problem under its form field. */
public class ExperimentValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public ExperimentValidationException(Map<String, String> problems) {
        super("Experiment refused: " + problems.values());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<String, String>(problems));
    }

    public ExperimentValidationException(String field, String problem) {
        this(Collections.singletonMap(field, problem));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
