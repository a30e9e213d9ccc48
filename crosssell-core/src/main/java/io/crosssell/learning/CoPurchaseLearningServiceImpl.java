package io.crosssell.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.learning.domain.CoPurchaseItem;
import io.crosssell.learning.domain.CoPurchasePair;
import io.crosssell.learning.domain.MinedOrder;
import io.crosssell.learning.domain.MiningSettings;
import io.crosssell.learning.domain.MiningState;
import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;

/**
 * Stores co-purchase statistics in the CS_COPURCHASE_* tables. Every write locks the single
 * {@link MiningState} row first, so a rebuild and incremental updates (from the site's order hook,
 * catch-up runs or the admin) never interleave, and bumps its version so other processes reload.
 */
public class CoPurchaseLearningServiceImpl implements CoPurchaseLearningService {

    private static final Log LOG = LogFactory.getLog(CoPurchaseLearningServiceImpl.class);
    private static final int FLUSH_EVERY = 500;
    private static final int CATCH_UP_BATCH = 200;
    /** Counts at or below this are empty: what is left of adding and taking off the same weights in floating point. */
    private static final double EMPTY_COUNT = 1e-9;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnlyTransaction;
    private final OrderHistoryReader orders = new OrderHistoryReader();
    private final MiningThresholds configured;

    private static final long VERSION_CHECK_MILLIS = 1000;
    // Thresholds saved in the admin (another process) are picked up within the engine's 5 s bound.
    private static final long THRESHOLDS_CHECK_MILLIS = 5000;

    private volatile MiningThresholds thresholds;
    private volatile long thresholdsCheckedAt;

    private volatile CoPurchaseStatistics statistics;
    private volatile long loadedVersion = -1;
    private volatile long versionCheckedAt;

    public CoPurchaseLearningServiceImpl(PlatformTransactionManager transactionManager, MiningThresholds configuredThresholds) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
        this.configured = configuredThresholds;
    }

    @Override
    public MiningThresholds thresholds() {
        long now = System.currentTimeMillis();
        MiningThresholds known = thresholds;
        if (known != null && now - thresholdsCheckedAt < THRESHOLDS_CHECK_MILLIS) {
            return known;
        }
        MiningThresholds read = readOnlyTransaction.execute(new TransactionCallback<MiningThresholds>() {
            @Override
            public MiningThresholds doInTransaction(TransactionStatus status) {
                MiningSettings settings = em.find(MiningSettings.class, MiningSettings.SINGLETON_ID);
                if (settings == null) {
                    return configured;
                }
                try {
                    return MiningThresholds.of(settings.getMinPairCount(), settings.getMinConfidence(),
                            settings.getMinLift(), settings.getHalfLifeDays());
                } catch (IllegalArgumentException badRow) {
                    LOG.warn("Stored mining thresholds ignored, using the configured ones: " + badRow.getMessage());
                    return configured;
                }
            }
        });
        thresholds = read;
        thresholdsCheckedAt = now;
        return read;
    }

    @Override
    public MiningThresholds configuredThresholds() {
        return configured;
    }

    @Override
    public void saveThresholds(final MiningThresholds saved) {
        transaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                MiningSettings settings = em.find(MiningSettings.class, MiningSettings.SINGLETON_ID);
                boolean first = settings == null;
                if (first) {
                    settings = new MiningSettings();
                }
                settings.set(saved.minPairCount(), saved.minConfidence(), saved.minLift(), saved.halfLifeDays());
                if (first) {
                    em.persist(settings);
                }
                return null;
            }
        });
        thresholds = saved;
        thresholdsCheckedAt = System.currentTimeMillis();
    }

    @Override
    public RebuildResult rebuild() {
        return rebuild(RebuildProgress.NONE);
    }

    @Override
    public RebuildResult rebuild(final RebuildProgress progress) {
        RebuildResult result = transaction.execute(new TransactionCallback<RebuildResult>() {
            @Override
            public RebuildResult doInTransaction(TransactionStatus status) {
                return rebuildInTransaction(progress);
            }
        });
        versionCheckedAt = 0;
        return result;
    }

    @Override
    public LastRebuild lastRebuild() {
        return transaction.execute(new TransactionCallback<LastRebuild>() {
            @Override
            public LastRebuild doInTransaction(TransactionStatus status) {
                MiningState state = em.find(MiningState.class, MiningState.SINGLETON_ID);
                if (state == null || state.getLastRebuildStarted() == null) {
                    return null;
                }
                em.refresh(state);
                return new LastRebuild(state.getLastRebuildStarted(),
                        state.getLastRebuildMillis() == null ? 0 : state.getLastRebuildMillis(),
                        state.getLastRebuildOrders() == null ? 0 : state.getLastRebuildOrders());
            }
        });
    }

    private RebuildResult rebuildInTransaction(final RebuildProgress progress) {
        Date started = new Date();
        long start = System.currentTimeMillis();
        progress.step("reading orders", 0, 0);
        MiningState state = lockState();
        List<OrderHistoryReader.OrderBasket> history = orders.readAllSubmitted(em);
        progress.step("counting co-purchases", history.size(), history.size());
        long reference = started.getTime();
        MiningThresholds decay = thresholds();
        List<Basket> baskets = new ArrayList<Basket>(history.size());
        for (OrderHistoryReader.OrderBasket order : history) {
            baskets.add(Basket.weighted(order.orderId, decay.decayWeight(order.submittedAtMillis, reference), order.productIds));
        }
        CoPurchaseStatistics mined = CoPurchaseMiner.mine(baskets);

        final long toWrite = mined.distinctItems() + mined.distinctPairs() + baskets.size();
        progress.step("writing statistics", 0, toWrite);
        em.createQuery("DELETE FROM io.crosssell.learning.domain.CoPurchasePair").executeUpdate();
        em.createQuery("DELETE FROM io.crosssell.learning.domain.CoPurchaseItem").executeUpdate();
        em.createQuery("DELETE FROM io.crosssell.learning.domain.MinedOrder").executeUpdate();
        final int[] written = {0};
        mined.forEachItem(new CoPurchaseStatistics.ItemVisitor() {
            @Override
            public void visit(long productId, double count) {
                em.persist(new CoPurchaseItem(productId, count));
                flushNowAndThen(++written[0]);
                report(progress, written[0], toWrite);
            }
        });
        mined.forEachPair(new CoPurchaseStatistics.PairVisitor() {
            @Override
            public void visit(long a, long b, double count) {
                em.persist(new CoPurchasePair(a, b, count));
                flushNowAndThen(++written[0]);
                report(progress, written[0], toWrite);
            }
        });
        for (Basket basket : baskets) {
            em.persist(new MinedOrder(basket.orderId(), basket.weight(), started));
            flushNowAndThen(++written[0]);
            report(progress, written[0], toWrite);
        }
        em.flush();
        // Re-read the locked state row: flush-and-clear detached the instance we locked.
        state = em.find(MiningState.class, MiningState.SINGLETON_ID);
        state.setBaskets(mined.basketCount());
        state.setDecayReferenceMillis(reference);
        long millis = System.currentTimeMillis() - start;
        state.recordRebuild(started, millis, baskets.size());
        state.bumpVersion();
        RebuildResult result = new RebuildResult(baskets.size(), mined.distinctItems(), mined.distinctPairs(), millis);
        LOG.info("Co-purchase statistics rebuilt: " + result);
        return result;
    }

    private static void report(RebuildProgress progress, int written, long total) {
        if (written % FLUSH_EVERY == 0) {
            progress.step("writing statistics", written, total);
        }
    }

    private void flushNowAndThen(int written) {
        if (written % FLUSH_EVERY == 0) {
            em.flush();
            em.clear();
        }
    }

    @Override
    public boolean recordOrder(final long orderId) {
        return changeInTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return recordInTransaction(orderId);
            }
        });
    }

    /** Runs a change of the statistics in its own transaction; this process sees it at once, others within a second. */
    private boolean changeInTransaction(TransactionCallback<Boolean> change) {
        Boolean changed = transaction.execute(change);
        versionCheckedAt = 0;
        return Boolean.TRUE.equals(changed);
    }

    private boolean recordInTransaction(long orderId) {
        MiningState state = lockState();
        if (em.find(MinedOrder.class, orderId) != null) {
            return false;
        }
        OrderHistoryReader.OrderBasket order = orders.readSubmitted(em, orderId);
        if (order == null) {
            return false;
        }
        double weight = thresholds().decayWeight(order.submittedAtMillis, state.getDecayReferenceMillis());
        addToCounts(Basket.weighted(orderId, weight, order.productIds).productIds(), weight);
        em.persist(new MinedOrder(orderId, weight, new Date()));
        state.setBaskets(state.getBaskets() + weight);
        state.bumpVersion();
        return true;
    }

    @Override
    public boolean withdrawOrder(final long orderId) {
        return changeInTransaction(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return withdrawInTransaction(orderId);
            }
        });
    }

    /** The reverse of {@link #recordInTransaction}: the ledger's weight comes off every item and pair of the order. */
    private boolean withdrawInTransaction(long orderId) {
        MiningState state = lockState();
        MinedOrder counted = em.find(MinedOrder.class, orderId);
        if (counted == null) {
            return false;
        }
        OrderHistoryReader.OrderBasket order = orders.readCancelled(em, orderId);
        if (order == null) {
            return false;
        }
        double weight = counted.getWeight();
        addToCounts(Basket.weighted(orderId, weight, order.productIds).productIds(), -weight);
        em.remove(counted);
        state.setBaskets(Math.max(0, state.getBaskets() - weight));
        state.bumpVersion();
        return true;
    }

    /**
     * Adds the weight (negative to take an order back out) to each distinct item's row and each pair's; a missing row
     * is created when adding, and a row left at zero (up to the rounding of adding and taking off decayed weights) is deleted, as
     * a rebuild would not write it.
     */
    private void addToCounts(long[] ids, double weight) {
        for (int i = 0; i < ids.length; i++) {
            CoPurchaseItem item = em.find(CoPurchaseItem.class, ids[i]);
            if (item == null) {
                persistIfCounted(new CoPurchaseItem(ids[i], weight), weight);
            } else {
                item.add(weight);
                removeIfEmpty(item, item.getBaskets());
            }
            for (int j = i + 1; j < ids.length; j++) {
                CoPurchasePair pair = em.find(CoPurchasePair.class, new CoPurchasePair.Key(ids[i], ids[j]));
                if (pair == null) {
                    persistIfCounted(new CoPurchasePair(ids[i], ids[j], weight), weight);
                } else {
                    pair.add(weight);
                    removeIfEmpty(pair, pair.getBaskets());
                }
            }
        }
    }

    /** A withdrawal never creates a row (its order's rows exist unless a rebuild dropped them). */
    private void persistIfCounted(Object row, double weight) {
        if (weight > 0) {
            em.persist(row);
        }
    }

    private void removeIfEmpty(Object row, double baskets) {
        if (baskets <= EMPTY_COUNT) {
            em.remove(row);
        }
    }

    @Override
    public int catchUp() {
        List<List<Long>> pending = readOnlyTransaction.execute(new TransactionCallback<List<List<Long>>>() {
            @Override
            public List<List<Long>> doInTransaction(TransactionStatus status) {
                return Arrays.asList(orders.readUnminedSubmittedOrderIds(em, CATCH_UP_BATCH),
                        orders.readCancelledMinedOrderIds(em, CATCH_UP_BATCH));
            }
        });
        List<Long> toFold = pending.get(0);
        List<Long> toWithdraw = pending.get(1);
        int changed = 0;
        for (Long orderId : toFold) {
            if (recordOrder(orderId)) {
                changed++;
            }
        }
        for (Long orderId : toWithdraw) {
            if (withdrawOrder(orderId)) {
                changed++;
            }
        }
        return changed;
    }

    @Override
    public long statisticsVersion() {
        Long version = readOnlyTransaction.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                List<Long> versions = em.createQuery("SELECT s.versionStamp FROM io.crosssell.learning.domain.MiningState s",
                        Long.class).getResultList();
                return versions.isEmpty() ? 0L : versions.get(0);
            }
        });
        return version;
    }

    @Override
    public CoPurchaseStatistics statistics() {
        // Sources ask for every product they rank; one version query a second is plenty.
        long now = System.currentTimeMillis();
        if (statistics != null && now - versionCheckedAt < VERSION_CHECK_MILLIS) {
            return statistics;
        }
        long version = statisticsVersion();
        versionCheckedAt = now;
        if (statistics == null || version != loadedVersion) {
            synchronized (this) {
                if (statistics == null || version != loadedVersion) {
                    statistics = load();
                    loadedVersion = version;
                }
            }
        }
        return statistics;
    }

    private CoPurchaseStatistics load() {
        return readOnlyTransaction.execute(new TransactionCallback<CoPurchaseStatistics>() {
            @Override
            public CoPurchaseStatistics doInTransaction(TransactionStatus status) {
                MiningState state = em.find(MiningState.class, MiningState.SINGLETON_ID);
                if (state == null) {
                    return CoPurchaseStatistics.empty();
                }
                CoPurchaseStatistics.Builder builder = CoPurchaseStatistics.builder(state.getBaskets());
                for (Object[] row : em.createQuery("SELECT i.productId, i.baskets FROM io.crosssell.learning.domain.CoPurchaseItem i",
                        Object[].class).getResultList()) {
                    builder.item((Long) row[0], (Double) row[1]);
                }
                for (Object[] row : em.createQuery(
                        "SELECT p.id.productA, p.id.productB, p.baskets FROM io.crosssell.learning.domain.CoPurchasePair p",
                        Object[].class).getResultList()) {
                    builder.pair((Long) row[0], (Long) row[1], (Double) row[2]);
                }
                return builder.build();
            }
        });
    }

    /** Locks the state row, creating it on first use. */
    private MiningState lockState() {
        MiningState state = em.find(MiningState.class, MiningState.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new MiningState();
            em.persist(state);
            em.flush();
            state = em.find(MiningState.class, MiningState.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        }
        return state;
    }
}
