package io.crosssell.learning;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which rows of the change log a node has applied. Rows get rising ids when written, but concurrent writers commit
 * out of id order, so a row may appear after a higher one: the position only moves past a missing id once every row
 * below it is seen, or once the gap is older than the horizon (an id a rolled-back write used and never filled).
 * Not thread-safe.
 */
final class AppliedChanges {

    private final long gapHorizonMillis;
    private long upTo;
    /** Applied ids above {@link #upTo}, each with the time it was first seen. */
    private final TreeMap<Long, Long> appliedAbove = new TreeMap<Long, Long>();

    /**
     * @param upTo every change up to and including this id is in the statistics
     * @param gapHorizonMillis how long a missing id is waited for
     */
    AppliedChanges(long upTo, long gapHorizonMillis) {
        this.upTo = upTo;
        this.gapHorizonMillis = gapHorizonMillis;
    }

    /** Rows with ids above this one may still be unapplied. */
    long readAfter() {
        return upTo;
    }

    boolean isApplied(long id) {
        return id <= upTo || appliedAbove.containsKey(id);
    }

    void applied(long id, long nowMillis) {
        if (!isApplied(id)) {
            appliedAbove.put(id, nowMillis);
        }
    }

    /** Moves the position past every applied id and every gap older than the horizon. */
    void advance(long nowMillis) {
        while (!appliedAbove.isEmpty()) {
            Map.Entry<Long, Long> lowest = appliedAbove.firstEntry();
            // A gap below the lowest applied id is at least as old as that id's row.
            boolean gapGivenUp = nowMillis - lowest.getValue() >= gapHorizonMillis;
            if (lowest.getKey() != upTo + 1 && !gapGivenUp) {
                return;
            }
            upTo = lowest.getKey();
            appliedAbove.remove(lowest.getKey());
        }
    }

    /** How many applied ids wait above a gap. */
    int waiting() {
        return appliedAbove.size();
    }
}
