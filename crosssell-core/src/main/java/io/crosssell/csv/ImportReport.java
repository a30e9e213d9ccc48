package io.crosssell.csv;

import java.util.Collections;
import java.util.List;

/** What a CSV import found, did or (in a dry run) would do. */
public final class ImportReport {
    /** Whether the file was written (false for a dry run and for a file with problems). */
    public final boolean applied;
    /** Row-numbered problems; with any of them nothing is written. */
    public final List<String> problems;
    public final List<String> warnings;
    /** What changes (or would change), row by row. */
    public final List<String> changes;

    public ImportReport(boolean applied, List<String> problems, List<String> warnings, List<String> changes) {
        this.applied = applied;
        this.problems = Collections.unmodifiableList(problems);
        this.warnings = Collections.unmodifiableList(warnings);
        this.changes = Collections.unmodifiableList(changes);
    }
}
