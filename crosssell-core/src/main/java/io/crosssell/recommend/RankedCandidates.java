package io.crosssell.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidates of one or more anchors merged into one ranked list: a product proposed several times
 * keeps its best rank and all its reasons; proposed by several anchors in one ranked tier, its weights
 * combine by the engine's {@link AnchorMerge}. Immutable; the engine caches one per anchor and placement.
 */
final class RankedCandidates {

    static final RankedCandidates EMPTY = new RankedCandidates(Collections.<Entry>emptyList(), Collections.<String>emptyList(),
            Collections.<Long>emptySet());

    /** One merged, ranked product. */
    static final class Entry {
        final Candidate best;
        final List<Reason> reasons;
        final boolean repurchaseAllowed;

        Entry(Candidate best, List<Reason> reasons, boolean repurchaseAllowed) {
            this.best = best;
            this.reasons = reasons;
            this.repurchaseAllowed = repurchaseAllowed;
        }
    }

    private static final Comparator<Entry> RANKING = new Comparator<Entry>() {
        @Override
        public int compare(Entry left, Entry right) {
            if (left.best.ranksBefore(right.best)) {
                return -1;
            }
            if (right.best.ranksBefore(left.best)) {
                return 1;
            }
            return Long.compare(left.best.productId(), right.best.productId());
        }
    };

    final List<Entry> entries;
    final List<String> failedSources;
    /** Products left out because they do not fit an anchor (and no anchor's list has them), for the admin preview. */
    final Set<Long> misfits;

    private RankedCandidates(List<Entry> entries, List<String> failedSources, Set<Long> misfits) {
        this.entries = entries;
        this.failedSources = failedSources;
        this.misfits = misfits;
    }

    static RankedCandidates of(List<Candidate> candidates, List<String> failedSources) {
        return of(candidates, failedSources, Collections.<Long>emptySet());
    }

    static RankedCandidates of(List<Candidate> candidates, List<String> failedSources, Set<Long> misfits) {
        Map<Long, Merging> byProduct = new LinkedHashMap<Long, Merging>();
        for (Candidate candidate : candidates) {
            mergingFor(byProduct, candidate).add(candidate, Collections.singletonList(candidate.reason()),
                    candidate.repurchaseAllowed());
        }
        return sorted(byProduct, failedSources, misfits);
    }

    /** Several anchors' lists as one, e.g. for a cart; a product's weights in one tier combine by {@code anchorMerge}. */
    static RankedCandidates merge(List<RankedCandidates> lists, AnchorMerge anchorMerge) {
        if (lists.size() == 1) {
            return lists.get(0);
        }
        Map<Long, Merging> byProduct = new LinkedHashMap<Long, Merging>();
        List<String> failed = new ArrayList<String>();
        Set<Long> misfits = new LinkedHashSet<Long>();
        for (RankedCandidates list : lists) {
            misfits.addAll(list.misfits);
            for (String source : list.failedSources) {
                if (!failed.contains(source)) {
                    failed.add(source);
                }
            }
            for (Entry entry : list.entries) {
                Merging merging = byProduct.get(entry.best.productId());
                if (merging == null) {
                    byProduct.put(entry.best.productId(), new Merging(entry.best, entry.reasons, entry.repurchaseAllowed));
                } else {
                    merging.combine(entry.best, entry.reasons, entry.repurchaseAllowed, anchorMerge);
                }
            }
        }
        return sorted(byProduct, failed, misfits);
    }

    /**
     * This list with every ranked weight counting {@code factor} as much (0 &lt; factor &le; 1 lowers it: a
     * negative weight, a rank, moves further down); pinned items keep their positions.
     */
    RankedCandidates weighted(double factor) {
        if (factor == 1) {
            return this;
        }
        List<Entry> scaled = new ArrayList<Entry>(entries.size());
        for (Entry entry : entries) {
            Candidate best = entry.best;
            if (best.tier() != Tier.PINNED) {
                best = best.withWeight(best.weight() >= 0 ? best.weight() * factor : best.weight() / factor);
            }
            scaled.add(new Entry(best, entry.reasons, entry.repurchaseAllowed));
        }
        return new RankedCandidates(Collections.unmodifiableList(scaled), failedSources, misfits);
    }

    /**
     * This list with each mined item's score raised by its affinity ({@code score × (1 + affinity)}) and the
     * reason added, then ranked again. Rules and pinned items keep the order the merchandiser set, fallback
     * items stay behind every mined one.
     */
    RankedCandidates favouring(Map<Long, Double> affinity, Reason reason) {
        List<Entry> ranked = new ArrayList<Entry>(entries.size());
        boolean changed = false;
        for (Entry entry : entries) {
            Double boost = affinity.get(entry.best.productId());
            if (boost != null && boost > 0 && entry.best.tier() == Tier.MINED && entry.best.weight() > 0) {
                List<Reason> reasons = new ArrayList<Reason>(entry.reasons);
                reasons.add(reason);
                ranked.add(new Entry(entry.best.withWeight(entry.best.weight() * (1 + boost)),
                        Collections.unmodifiableList(reasons), entry.repurchaseAllowed));
                changed = true;
            } else {
                ranked.add(entry);
            }
        }
        if (!changed) {
            return this;
        }
        Collections.sort(ranked, RANKING);
        return new RankedCandidates(Collections.unmodifiableList(ranked), failedSources, misfits);
    }

    private static Merging mergingFor(Map<Long, Merging> byProduct, Candidate candidate) {
        Merging merging = byProduct.get(candidate.productId());
        if (merging == null) {
            merging = new Merging(candidate);
            byProduct.put(candidate.productId(), merging);
        }
        return merging;
    }

    private static RankedCandidates sorted(Map<Long, Merging> byProduct, List<String> failedSources, Set<Long> misfits) {
        List<Entry> entries = new ArrayList<Entry>(byProduct.size());
        for (Merging merging : byProduct.values()) {
            entries.add(new Entry(merging.best, Collections.unmodifiableList(merging.reasons), merging.repurchaseAllowed));
        }
        Collections.sort(entries, RANKING);
        Set<Long> leftOut = new LinkedHashSet<Long>(misfits);
        leftOut.removeAll(byProduct.keySet());
        return new RankedCandidates(Collections.unmodifiableList(entries), Collections.unmodifiableList(failedSources),
                Collections.unmodifiableSet(leftOut));
    }

    private static final class Merging {
        Candidate best;
        final List<Reason> reasons = new ArrayList<Reason>(2);
        boolean repurchaseAllowed;

        Merging(Candidate first) {
            best = first;
        }

        Merging(Candidate first, List<Reason> firstReasons, boolean allowsRepurchase) {
            best = first;
            reasons.addAll(firstReasons);
            repurchaseAllowed = allowsRepurchase;
        }

        /** Keeps the better-ranked candidate, and every reason once. */
        void add(Candidate candidate, List<Reason> moreReasons, boolean allowsRepurchase) {
            if (candidate.ranksBefore(best)) {
                best = candidate;
            }
            for (Reason reason : moreReasons) {
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
            repurchaseAllowed |= allowsRepurchase;
        }

        /** As {@link #add}, but another anchor's weight in the same ranked tier combines with this one's. */
        void combine(Candidate candidate, List<Reason> moreReasons, boolean allowsRepurchase, AnchorMerge anchorMerge) {
            if (candidate.tier() != best.tier() || candidate.tier() == Tier.PINNED) {
                add(candidate, moreReasons, allowsRepurchase);
                return;
            }
            Candidate better = candidate.ranksBefore(best) ? candidate : best;
            double weight = anchorMerge.combine(best.tier(), best.weight(), candidate.weight());
            add(candidate, moreReasons, allowsRepurchase);
            best = weight == better.weight() ? better : better.withWeight(weight);
        }
    }
}
