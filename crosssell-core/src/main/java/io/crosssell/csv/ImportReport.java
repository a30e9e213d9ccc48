package io.crosssell.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a CSV import found, did or (in a dry run) would do. Each list keeps its first {@value #MAX_SHOWN} lines
 * and counts the rest, so a file full of problems costs a bounded page to show.
 */
public final class ImportReport {

    public static final int MAX_SHOWN = 100;

    /** Whether the file was written (false for a dry run and for a file with problems). */
    public final boolean applied;
    /** The first row-numbered problems; with any problem nothing is written. */
    public final List<String> problems;
    public final List<String> warnings;
    /** What changes (or would change), row by row: the first ones. */
    public final List<String> changes;
    public final int problemCount;
    public final int warningCount;
    public final int changeCount;

    public ImportReport(boolean applied, List<String> problems, List<String> warnings, List<String> changes) {
        this.applied = applied;
        this.problems = firstOf(problems);
        this.warnings = firstOf(warnings);
        this.changes = firstOf(changes);
        this.problemCount = problems.size();
        this.warningCount = warnings.size();
        this.changeCount = changes.size();
    }

    /** A report of an import refused as a whole, with the one problem that says why; nothing was written. */
    public static ImportReport refused(String problem) {
        List<String> none = Collections.emptyList();
        return new ImportReport(false, Collections.singletonList(problem), none, none);
    }

    /** Problems found but not listed. */
    public int getHiddenProblemCount() {
        return problemCount - problems.size();
    }

    public int getHiddenWarningCount() {
        return warningCount - warnings.size();
    }

    public int getHiddenChangeCount() {
        return changeCount - changes.size();
    }

    private static List<String> firstOf(List<String> lines) {
        return Collections.unmodifiableList(new ArrayList<String>(lines.subList(0, Math.min(lines.size(), MAX_SHOWN))));
    }
}
