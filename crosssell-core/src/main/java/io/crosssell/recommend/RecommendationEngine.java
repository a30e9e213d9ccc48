package io.crosssell.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Ranks, filters and cuts recommendations. Each anchor's candidates from all sources are merged once
 * and kept in memory (a ConcurrentHashMap: a lookup costs nanoseconds, an Ehcache 2 lookup over a
 * hundred); a request then only merges its anchors' lists, filters and cuts. {@link #invalidate()}
 * drops the precomputed lists when rules change, {@link #invalidate(Collection)} those of products whose statistics
 * changed. A source that throws or exceeds its
 * time budget is logged and skipped, and the list built without it is not kept, so it is retried.
 */
public final class RecommendationEngine {

    private static final Log LOG = LogFactory.getLog(RecommendationEngine.class);

    private final List<RecommendationSource> sources;
    private final CatalogView catalog;
    private final PurchaseHistory purchases;
    private final long sourceTimeoutMillis;
    private final AnchorMerge anchorMerge;
    private final ExecutorService sourceExecutor;
    private final ConcurrentHashMap<Long, RankedCandidates> precomputed = new ConcurrentHashMap<Long, RankedCandidates>();
    /** How many of the shopper's recent products personal ranking looks at. */
    static final int MAX_HISTORY = 8;
    private static final double RECENCY_DECAY = 0.75;
    private static final Reason PERSONAL_REASON = new Reason("personal", "goes with what the shopper viewed or bought lately");
    /** Counts invalidations. */
    private final AtomicLong epoch = new AtomicLong();

    /**
     * @param sourceTimeoutMillis time budget of one source for one anchor; 0 runs sources in the
     *        calling thread without a budget
     */
    public RecommendationEngine(List<RecommendationSource> sources, CatalogView catalog, PurchaseHistory purchases,
            long sourceTimeoutMillis) {
        this(sources, catalog, purchases, sourceTimeoutMillis, AnchorMerge.DEFAULT);
    }

    /**
     * @param sourceTimeoutMillis time budget of one source for one anchor; 0 runs sources in the
     *        calling thread without a budget
     * @param anchorMerge how the lists of a request's several anchors (a cart) become one
     */
    public RecommendationEngine(List<RecommendationSource> sources, CatalogView catalog, PurchaseHistory purchases,
            long sourceTimeoutMillis, AnchorMerge anchorMerge) {
        this.anchorMerge = anchorMerge;
        this.sources = Collections.unmodifiableList(new ArrayList<RecommendationSource>(sources));
        this.catalog = catalog;
        this.purchases = purchases;
        this.sourceTimeoutMillis = sourceTimeoutMillis;
        this.sourceExecutor = sourceTimeoutMillis > 0 ? Executors.newCachedThreadPool(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "crosssell-source");
                thread.setDaemon(true);
                return thread;
            }
        }) : null;
    }

    public Recommendations recommend(RecommendationRequest request) {
        List<Long> history = historyOf(request);
        boolean fromHistory = request.placement().anchors() == Placement.Anchors.HISTORY;
        Collection<Long> anchors = fromHistory ? history : request.anchorProductIds();
        List<RankedCandidates> lists = new ArrayList<RankedCandidates>(anchors.size());
        int recency = 0;
        for (Long anchor : anchors) {
            RankedCandidates list = candidatesFor(anchor, request.placement());
            // The shopper's history counts the more the more recent it is.
            lists.add(fromHistory ? list.weighted(recencyWeight(recency++)) : list);
        }
        RankedCandidates merged = lists.isEmpty() ? RankedCandidates.EMPTY
                : RankedCandidates.merge(lists, fromHistory ? AnchorMerge.SUM_OF_MINED : anchorMerge);
        if (!fromHistory && !history.isEmpty()) {
            merged = merged.favouring(affinityWith(history, request.placement()), PERSONAL_REASON);
        }
        return select(merged, request, new HashSet<Long>(anchors), upgradesOf(request));
    }

    /**
     * What the shopper viewed lately (the session's) and then bought lately (a registered customer's orders), most
     * recent first, at most {@value #MAX_HISTORY}, without the request's own anchors; only for placements of
     * complements.
     */
    private List<Long> historyOf(RecommendationRequest request) {
        if (request.placement().offer() != Placement.Offer.COMPLEMENTS) {
            return Collections.emptyList();
        }
        Set<Long> history = new LinkedHashSet<Long>(request.recentlyViewed());
        if (request.customerId() != null && history.size() < MAX_HISTORY) {
            history.addAll(purchases.recentlyBoughtBy(request.customerId(), MAX_HISTORY));
        }
        history.removeAll(request.anchorProductIds());
        List<Long> recentFirst = new ArrayList<Long>(history);
        return recentFirst.size() > MAX_HISTORY ? recentFirst.subList(0, MAX_HISTORY) : recentFirst;
    }

    /** How much the i-th most recent history product counts: 1, 0.75, 0.56, ... */
    static double recencyWeight(int recency) {
        return Math.pow(RECENCY_DECAY, recency);
    }

    /** For each product some history product's list proposes, the recency weights of those history products summed. */
    private Map<Long, Double> affinityWith(List<Long> history, Placement placement) {
        Map<Long, Double> affinity = new HashMap<Long, Double>();
        for (int recency = 0; recency < history.size(); recency++) {
            double weight = recencyWeight(recency);
            for (RankedCandidates.Entry entry : candidatesFor(history.get(recency), placement).entries) {
                Double sum = affinity.get(entry.best.productId());
                affinity.put(entry.best.productId(), sum == null ? weight : sum + weight);
            }
        }
        return affinity;
    }

    /**
     * What the upgrade placements offer for the request's anchors, which a placement of complements never shows:
     * the better bike is offered instead of the bike, not with it.
     */
    private Set<Long> upgradesOf(RecommendationRequest request) {
        if (request.placement().offer() != Placement.Offer.COMPLEMENTS) {
            return Collections.emptySet();
        }
        Set<Long> upgrades = new HashSet<Long>();
        for (Placement placement : Placement.values()) {
            if (placement.offer() == Placement.Offer.UPGRADES) {
                for (Long anchor : request.anchorProductIds()) {
                    for (RankedCandidates.Entry entry : candidatesFor(anchor, placement).entries) {
                        upgrades.add(entry.best.productId());
                    }
                }
            }
        }
        return upgrades;
    }

    /** Forgets every precomputed list; the next request recomputes from the sources. */
    public void invalidate() {
        epoch.incrementAndGet();
        precomputed.clear();
    }

    /** Forgets the precomputed lists of these anchors (every placement), as when their statistics changed. */
    public void invalidate(Collection<Long> anchors) {
        epoch.incrementAndGet();
        int placements = Placement.values().length;
        for (Long anchor : anchors) {
            for (int placement = 0; placement < placements; placement++) {
                precomputed.remove(anchor * placements + placement);
            }
        }
    }

    public void shutdown() {
        if (sourceExecutor != null) {
            sourceExecutor.shutdownNow();
        }
    }

    private RankedCandidates candidatesFor(long anchor, Placement placement) {
        Long key = anchor * Placement.values().length + placement.ordinal();
        RankedCandidates cached = precomputed.get(key);
        if (cached != null) {
            return cached;
        }
        long computedIn = epoch.get();
        RankedCandidates computed = compute(anchor, placement);
        // A list computed while something was invalidated may be built on what changed: serve it, do not keep it.
        if (computed.failedSources.isEmpty() && epoch.get() == computedIn) {
            precomputed.put(key, computed);
        }
        return computed;
    }

    private RankedCandidates compute(final long anchor, final Placement placement) {
        List<Candidate> all = new ArrayList<Candidate>();
        List<String> failed = new ArrayList<String>();
        Set<Long> misfits = new LinkedHashSet<Long>();
        for (final RecommendationSource source : sources) {
            if (!source.serves(placement)) {
                continue;
            }
            try {
                all.addAll(sourceExecutor == null ? source.candidatesFor(anchor, placement)
                        : sourceExecutor.submit(new java.util.concurrent.Callable<List<Candidate>>() {
                            @Override
                            public List<Candidate> call() {
                                return source.candidatesFor(anchor, placement);
                            }
                        }).get(sourceTimeoutMillis, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add(source.name());
            } catch (Exception e) {
                LOG.warn("Recommendation source '" + source.name() + "' failed for product " + anchor + " ("
                        + placement.code() + "); serving without it: " + e, e instanceof java.util.concurrent.TimeoutException ? null : e);
                failed.add(source.name());
            }
        }
        return RankedCandidates.of(fitting(anchor, all, misfits), failed, misfits);
    }

    /** The candidates the catalog lets go with the anchor; the others' products go to {@code misfits}. */
    private List<Candidate> fitting(long anchor, List<Candidate> candidates, Set<Long> misfits) {
        List<Candidate> fitting = new ArrayList<Candidate>(candidates.size());
        for (Candidate candidate : candidates) {
            if (candidate.isExplicitPairing() || catalog.fits(anchor, candidate.productId())) {
                fitting.add(candidate);
            } else {
                misfits.add(candidate.productId());
            }
        }
        return fitting;
    }

    /**
     * The categories of what the shopper owns, for placements of complements: a registered customer's purchases
     * (consumables left out) and, where the anchors were just bought, the anchors.
     */
    private Set<Long> kindsOwnedBy(RecommendationRequest request, Set<Long> anchors) {
        if (request.placement().offer() != Placement.Offer.COMPLEMENTS) {
            // An upgrade is of the anchor's kind by design.
            return Collections.emptySet();
        }
        Set<Long> ownedProducts = new HashSet<Long>();
        if (request.customerId() != null) {
            ownedProducts.addAll(purchases.productsBoughtBy(request.customerId()));
        }
        if (request.placement().anchors() == Placement.Anchors.BOUGHT) {
            ownedProducts.addAll(anchors);
        }
        Set<Long> kinds = new HashSet<Long>();
        for (Long product : ownedProducts) {
            Long kind = catalog.leafCategoryOf(product);
            if (kind != null && !catalog.isConsumable(product)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private Recommendations select(RankedCandidates merged, RecommendationRequest request, Set<Long> anchors, Set<Long> upgrades) {
        List<RecommendedItem> items = new ArrayList<RecommendedItem>(request.limit());
        List<FilteredItem> filtered = new ArrayList<FilteredItem>();
        Set<Long> owned = null;
        Set<Long> ownedKinds = null;
        Map<String, Integer> perGroup = null;
        for (RankedCandidates.Entry entry : merged.entries) {
            if (items.size() == request.limit()) {
                break;
            }
            long productId = entry.best.productId();
            FilteredItem.Why why = null;
            if (anchors.contains(productId)) {
                why = FilteredItem.Why.ANCHOR;
            } else if (upgrades.contains(productId)) {
                why = FilteredItem.Why.UPGRADE;
            } else if (!request.strategy().allows(entry.best.tier())) {
                why = FilteredItem.Why.STRATEGY;
            } else if (request.excludedProductIds().contains(productId)) {
                why = FilteredItem.Why.EXCLUDED;
            } else if (!catalog.isRecommendable(productId)) {
                why = FilteredItem.Why.NOT_RECOMMENDABLE;
            } else if (request.customerId() != null && !entry.repurchaseAllowed) {
                if (owned == null) {
                    owned = purchases.productsBoughtBy(request.customerId());
                }
                if (owned.contains(productId)) {
                    why = FilteredItem.Why.ALREADY_BOUGHT;
                }
            }
            if (why == null && !entry.repurchaseAllowed) {
                if (ownedKinds == null) {
                    ownedKinds = kindsOwnedBy(request, anchors);
                }
                if (!ownedKinds.isEmpty() && ownedKinds.contains(catalog.leafCategoryOf(productId)) && !catalog.isConsumable(productId)) {
                    why = FilteredItem.Why.SUBSTITUTE;
                }
            }
            String group = entry.best.group();
            if (group != null && (why == null || why == FilteredItem.Why.ANCHOR || why == FilteredItem.Why.EXCLUDED)) {
                // What the shopper already has from a rule's targets fills that rule's places: a cart
                // holding a helmet gets no second helmet from "bikes need a helmet".
                if (perGroup == null) {
                    perGroup = new HashMap<String, Integer>();
                }
                Integer taken = perGroup.get(group);
                if (why == null && taken != null && taken >= entry.best.groupLimit()) {
                    why = FilteredItem.Why.RULE_LIMIT;
                } else {
                    perGroup.put(group, taken == null ? 1 : taken + 1);
                }
            }
            if (why == null) {
                items.add(new RecommendedItem(productId, entry.best.tier(), entry.reasons));
            } else {
                filtered.add(new FilteredItem(productId, why));
            }
        }
        for (Long misfit : merged.misfits) {
            filtered.add(new FilteredItem(misfit, FilteredItem.Why.DOES_NOT_FIT));
        }
        return new Recommendations(items, filtered, merged.failedSources);
    }
}
