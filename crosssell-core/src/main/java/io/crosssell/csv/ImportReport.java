package io.crosssell.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

    /**
     * What a dry run says of a changed row: each changed field, old value to new, in the order of {@code after}
     * ("priority 0 → 5, end (none) → 2026-12-31 00:00"); empty when nothing changes.
     */
    public static String changedFields(Map<String, String> before, Map<String, String> after) {
        StringBuilder changed = new StringBuilder();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!(old == null ? field.getValue() == null : old.equals(field.getValue()))) {
                changed.append(changed.length() == 0 ? "" : ", ").append(field.getKey()).append(' ')
                        .append(old == null ? "(none)" : old).append(" \u2192 ")
                        .append(field.getValue() == null ? "(none)" : field.getValue());
            }
        }
        return changed.toString();
    }

    private static List<String> firstOf(List<String> lines) {
        return Collections.unmodifiableList(new ArrayList<String>(lines.subList(0, Math.min(lines.size(), MAX_SHOWN))));
    }
}
