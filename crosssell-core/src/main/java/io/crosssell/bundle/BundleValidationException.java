package io.crosssell.bundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A bundle that may not be saved, with every reason in words a merchandiser understands. */
public class BundleValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public BundleValidationException(List<String> problems) {
        super(join(problems));
        this.problems = Collections.unmodifiableList(new ArrayList<String>(problems));
    }

    public List<String> problems() {
        return problems;
    }

    private static String join(List<String> problems) {
        StringBuilder text = new StringBuilder();
        for (String problem : problems) {
            text.append(text.length() == 0 ? "" : " ").append(problem);
        }
        return text.toString();
    }
}
