package io.crosssell.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.learning.domain.CoPurchaseChange;
import io.crosssell.learning.domain.CoPurchaseItem;
import io.crosssell.learning.domain.CoPurchasePair;
import io.crosssell.learning.domain.MinedOrder;
import io.crosssell.learning.domain.MiningSettings;
import io.crosssell.learning.domain.MiningState;
import io.crosssell.mining.Basket;
import io.crosssell.mining.CoPurchaseMiner;
import io.crosssell.mining.CoPurchaseStatistics;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.mining.StatisticsDelta;

/**
 * Stores co-purchase statistics in the CS_COPURCHASE_* tables and keeps each process's copy current. A rebuild locks
 * the single {@link MiningState} row exclusively and bumps its version (every process then reads the tables again);
 * orders folded in or taken out lock it shared, so they run side by side but never during a rebuild, and log their
 * change in CS_COPURCHASE_CHANGE, which every process applies to its copy once a second.
 */
public class CoPurchaseLearningServiceImpl implements CoPurchaseLearningService {

    private static final Log LOG = LogFactory.getLog(CoPurchaseLearningServiceImpl.class);
    private static final int FLUSH_EVERY = 500;
    private static final int CATCH_UP_BATCH = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnlyTransaction;
    private final OrderHistoryReader orders = new OrderHistoryReader();
    private final MiningThresholds configured;

    private static final int WRITE_ATTEMPTS = 4;
    private static final long CHANGES_CHECK_MILLIS = 1000;
    private static final long CHANGE_LOG_KEEP_MILLIS = 24L * 60 * 60 * 1000;
    private static final long RELOAD_AFTER_IDLE_MILLIS = CHANGE_LOG_KEEP_MILLIS / 2;
    /** A change written this long ago and still not seen is given up (its write was rolled back). */
    private static final long GAP_HORIZON_MILLIS = 60000;
    /** More new changes than this at once (a node far behind) are read in full instead. */
    private static final int MAX_CHANGES_APPLIED = 20000;
    // Thresholds saved in the admin (another process) are picked up within the engine's 5 s bound.
    private static final long THRESHOLDS_CHECK_MILLIS = 5000;

    private volatile MiningThresholds thresholds;
    private volatile long thresholdsCheckedAt;

    private final List<StatisticsChangeListener> listeners = new CopyOnWriteArrayList<StatisticsChangeListener>();
    private final ReentrantLock refreshing = new ReentrantLock();
    private final AtomicLong fullReads = new AtomicLong();
    private final AtomicLong changesApplied = new AtomicLong();
    private final AtomicLong refreshNanos = new AtomicLong();
    private volatile CoPurchaseStatistics statistics;
    private volatile long loadedGeneration = -1;
    private volatile long changesCheckedAt;
    /** Guarded by {@link #refreshing}, as is changesReadAt. */
    private AppliedChanges position;
    private long changesReadAt;

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
        changesCheckedAt = 0;
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

    /**
     * Runs a change of the statistics in its own transaction, again (a few times, after a short random pause) when it
     * collided with another order creating the same row; this process sees it at once, others within a second.
     */
    private boolean changeInTransaction(TransactionCallback<Boolean> change) {
        for (int attempt = 1;; attempt++) {
            try {
                Boolean changed = transaction.execute(change);
                changesCheckedAt = 0;
                return Boolean.TRUE.equals(changed);
            } catch (RuntimeException collision) {
                if (attempt >= WRITE_ATTEMPTS) {
                    throw collision;
                }
                LOG.info("A co-purchase statistics change collided with another (attempt " + attempt + "), retrying: " + collision);
                pauseBeforeRetry(attempt);
            }
        }
    }

    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a statistics change", interrupted);
        }
    }

    /**
     * Locks the order first (a second recorder of the same order waits, then finds it in the ledger), then records it
     * in the ledger and adds its weight. Only a shared lock on the state row: orders fold in side by side, and a
     * rebuild, which takes it exclusively, waits for them.
     */
    private boolean recordInTransaction(long orderId) {
        MiningState state = shareState();
        // A counted order stays counted until withdrawn: the common repeat needs neither the order's lock nor its rows.
        if (em.find(MinedOrder.class, orderId) != null) {
            return false;
        }
        if (!orders.lockOrder(em, orderId) || em.find(MinedOrder.class, orderId) != null) {
            return false;
        }
        OrderHistoryReader.OrderBasket order = orders.readSubmitted(em, orderId);
        if (order == null) {
            return false;
        }
        double weight = thresholds().decayWeight(order.submittedAtMillis, state.getDecayReferenceMillis());
        em.persist(new MinedOrder(orderId, weight, new Date()));
        em.flush();
        new CoPurchaseCountWriter(em).add(orderId, Basket.weighted(orderId, weight, order.productIds).productIds(), weight);
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
        shareState();
        if (!orders.lockOrder(em, orderId)) {
            return false;
        }
        MinedOrder counted = em.find(MinedOrder.class, orderId);
        if (counted == null) {
            return false;
        }
        OrderHistoryReader.OrderBasket order = orders.readCancelled(em, orderId);
        if (order == null) {
            return false;
        }
        double weight = counted.getWeight();
        // The delete is the claim: of two withdrawals of one order, the second deletes nothing and changes nothing.
        int claimed = em.createQuery("DELETE FROM io.crosssell.learning.domain.MinedOrder m WHERE m.orderId = :orderId")
                .setParameter("orderId", orderId).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        new CoPurchaseCountWriter(em).add(orderId, Basket.weighted(orderId, weight, order.productIds).productIds(), -weight);
        return true;
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
        int changed = 0;
        for (Long orderId : pending.get(0)) {
            if (recordOrder(orderId)) {
                changed++;
            }
        }
        for (Long orderId : pending.get(1)) {
            if (withdrawOrder(orderId)) {
                changed++;
            }
        }
        pruneChangeLog();
        return changed;
    }

    /** Drops change rows older than a day; a node that has not read the log for half that long reads everything again. */
    private void pruneChangeLog() {
        final Date before = new Date(System.currentTimeMillis() - CHANGE_LOG_KEEP_MILLIS);
        transaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("DELETE FROM io.crosssell.learning.domain.CoPurchaseChange c WHERE c.changedAt < :before")
                        .setParameter("before", before).executeUpdate();
            }
        });
    }

    @Override
    public long statisticsVersion() {
        Long version = readOnlyTransaction.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return readGeneration();
            }
        });
        return version;
    }

    private long readGeneration() {
        List<Long> versions = em.createQuery("SELECT s.versionStamp FROM io.crosssell.learning.domain.MiningState s",
                Long.class).getResultList();
        return versions.isEmpty() ? 0L : versions.get(0);
    }

    @Override
    public void addChangeListener(StatisticsChangeListener listener) {
        listeners.add(listener);
    }

    @Override
    public CoPurchaseStatistics statistics() {
        // Sources ask for every product they rank; reading the change log once a second is plenty.
        long now = System.currentTimeMillis();
        CoPurchaseStatistics known = statistics;
        if (known != null && now - changesCheckedAt < CHANGES_CHECK_MILLIS) {
            return known;
        }
        // One thread reads the changes; while there are statistics, the others go on with them meanwhile.
        if (known != null && !refreshing.tryLock()) {
            return known;
        }
        if (known == null) {
            refreshing.lock();
        }
        try {
            if (statistics == null || System.currentTimeMillis() - changesCheckedAt >= CHANGES_CHECK_MILLIS) {
                refresh();
            }
            return statistics;
        } finally {
            refreshing.unlock();
        }
    }

    /** What keeping this process's copy current has cost so far: for operators and the order-stream benchmark. */
    public KeepingCurrent keepingCurrent() {
        return new KeepingCurrent(fullReads.get(), changesApplied.get(), refreshNanos.get());
    }

    /** Counters of the work that keeps a process's statistics current. */
    public static final class KeepingCurrent {
        public final long fullReads;
        public final long changesApplied;
        public final long nanos;

        KeepingCurrent(long fullReads, long changesApplied, long nanos) {
            this.fullReads = fullReads;
            this.changesApplied = changesApplied;
            this.nanos = nanos;
        }
    }

    private void refresh() {
        long started = System.nanoTime();
        try {
            applyChangesOrReadInFull();
        } finally {
            refreshNanos.addAndGet(System.nanoTime() - started);
        }
    }

    /** Applies the change log's new rows to the statistics held, or reads them in full when that is not possible. */
    private void applyChangesOrReadInFull() {
        final long now = System.currentTimeMillis();
        if (statistics == null || position == null || now - changesReadAt > RELOAD_AFTER_IDLE_MILLIS) {
            loadInFull();
            return;
        }
        final long after = position.readAfter();
        ChangesRead read = readOnlyTransaction.execute(new TransactionCallback<ChangesRead>() {
            @Override
            public ChangesRead doInTransaction(TransactionStatus status) {
                List<CoPurchaseChange> rows = em.createQuery("SELECT c FROM io.crosssell.learning.domain.CoPurchaseChange c"
                        + " WHERE c.id > :after ORDER BY c.id", CoPurchaseChange.class)
                        .setParameter("after", after).setMaxResults(MAX_CHANGES_APPLIED + 1).getResultList();
                // Read after the rows: a rebuild committed before them shows here, so they are never applied to the wrong base.
                return new ChangesRead(rows, readGeneration());
            }
        });
        if (read.generation != loadedGeneration || read.rows.size() > MAX_CHANGES_APPLIED) {
            loadInFull();
            return;
        }
        StatisticsDelta delta = new StatisticsDelta();
        for (CoPurchaseChange row : read.rows) {
            if (position.isApplied(row.getId())) {
                continue;
            }
            long[] products = row.getProductIds();
            if (products == null) {
                loadInFull();
                return;
            }
            delta.order(products, row.getWeight());
            position.applied(row.getId(), now);
            changesApplied.incrementAndGet();
        }
        position.advance(now);
        changesCheckedAt = now;
        changesReadAt = now;
        if (delta.isEmpty()) {
            return;
        }
        CoPurchaseStatistics before = statistics;
        statistics = before.apply(delta);
        notifyCountsChanged(affectedBy(delta, before, statistics));
    }

    /** The changed products and every partner they had before or have now: the lists that read their counts. */
    private static Set<Long> affectedBy(StatisticsDelta delta, CoPurchaseStatistics before, CoPurchaseStatistics after) {
        Set<Long> affected = new HashSet<Long>(delta.products());
        for (Long product : delta.products()) {
            affected.addAll(before.partnersOf(product));
            affected.addAll(after.partnersOf(product));
        }
        return affected;
    }

    private void notifyCountsChanged(Set<Long> affected) {
        for (StatisticsChangeListener listener : listeners) {
            try {
                listener.countsChanged(affected);
            } catch (RuntimeException e) {
                LOG.warn("A co-purchase statistics listener failed: " + e);
            }
        }
    }

    private void loadInFull() {
        fullReads.incrementAndGet();
        Loaded loaded = load();
        statistics = loaded.statistics;
        loadedGeneration = loaded.generation;
        position = new AppliedChanges(loaded.changesUpTo, GAP_HORIZON_MILLIS);
        changesCheckedAt = System.currentTimeMillis();
        changesReadAt = changesCheckedAt;
        for (StatisticsChangeListener listener : listeners) {
            try {
                listener.replaced();
            } catch (RuntimeException e) {
                LOG.warn("A co-purchase statistics listener failed: " + e);
            }
        }
    }

    /**
     * Reads the statistics under the state row's exclusive lock, so no order is being folded in meanwhile: the counts
     * hold exactly the changes up to the highest logged id, and every later change gets a higher one.
     */
    private Loaded load() {
        return transaction.execute(new TransactionCallback<Loaded>() {
            @Override
            public Loaded doInTransaction(TransactionStatus status) {
                MiningState state = em.find(MiningState.class, MiningState.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
                Long highest = em.createQuery("SELECT MAX(c.id) FROM io.crosssell.learning.domain.CoPurchaseChange c",
                        Long.class).getSingleResult();
                long changesUpTo = highest == null ? 0 : highest;
                if (state == null) {
                    return new Loaded(CoPurchaseStatistics.empty(), 0, changesUpTo);
                }
                // The ledger's weights sum to the basket total, so folds need not update one shared row.
                Double baskets = em.createQuery("SELECT SUM(m.weight) FROM io.crosssell.learning.domain.MinedOrder m",
                        Double.class).getSingleResult();
                CoPurchaseStatistics.Builder builder = CoPurchaseStatistics.builder(baskets == null ? 0 : baskets);
                for (Object[] row : em.createQuery("SELECT i.productId, i.baskets FROM io.crosssell.learning.domain.CoPurchaseItem i",
                        Object[].class).getResultList()) {
                    builder.item((Long) row[0], (Double) row[1]);
                }
                for (Object[] row : em.createQuery(
                        "SELECT p.id.productA, p.id.productB, p.baskets FROM io.crosssell.learning.domain.CoPurchasePair p",
                        Object[].class).getResultList()) {
                    builder.pair((Long) row[0], (Long) row[1], (Double) row[2]);
                }
                return new Loaded(builder.build(), state.getVersionStamp(), changesUpTo);
            }
        });
    }

    /** Locks the state row exclusively (rebuilds), creating it on first use. */
    private MiningState lockState() {
        return stateLocked(LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the state row shared (folds, side by side with each other), creating it on first use. */
    private MiningState shareState() {
        return stateLocked(LockModeType.PESSIMISTIC_READ);
    }

    private MiningState stateLocked(LockModeType mode) {
        MiningState state = em.find(MiningState.class, MiningState.SINGLETON_ID, mode);
        if (state == null) {
            state = new MiningState();
            em.persist(state);
            em.flush();
            state = em.find(MiningState.class, MiningState.SINGLETON_ID, mode);
        }
        return state;
    }

    private static final class ChangesRead {
        final List<CoPurchaseChange> rows;
        final long generation;

        ChangesRead(List<CoPurchaseChange> rows, long generation) {
            this.rows = rows;
            this.generation = generation;
        }
    }

    private static final class Loaded {
        final CoPurchaseStatistics statistics;
        final long generation;
        final long changesUpTo;

        Loaded(CoPurchaseStatistics statistics, long generation, long changesUpTo) {
            this.statistics = statistics;
            this.generation = generation;
            this.changesUpTo = changesUpTo;
        }
    }
}
