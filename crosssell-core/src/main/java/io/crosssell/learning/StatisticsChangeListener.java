package io.crosssell.learning;

import java.util.Set;

/** Told when the statistics a process holds change, so what was computed from them can be recomputed. */
public interface StatisticsChangeListener {

    /**
     * Orders were applied: the counts of these products changed, and so did what is computed for their partners.
     *
     * @param affectedProducts the products whose counts changed and every product bought with one of them
     */
    void countsChanged(Set<Long> affectedProducts);

    /** The statistics were read again in full (after a rebuild, at start, after a long pause). */
    void replaced();
}
