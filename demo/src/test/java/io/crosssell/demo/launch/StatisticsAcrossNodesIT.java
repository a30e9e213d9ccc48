package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.CoPurchaseLearningServiceImpl;
import io.crosssell.learning.StatisticsChangeListener;
import io.crosssell.mining.CoPurchaseStatistics;

/**
 * Several storefront nodes on one database: a second learning service in the same storefront stands for another
 * node (its own copy of the statistics, the same tables). Orders folded in or taken out by one node reach the other
 * through the change log, applied to its copy rather than read again in full, and the copies equal the tables.
 */
@Tag(SharedApp.STOREFRONT)
class StatisticsAcrossNodesIT {

    private static final long COMMUTER_BIKE = 101;
    private static final long URBAN_HELMET = 111;
    private static final long COMMUTER_LIGHTS = 133;
    private static final long BOTTLE_CAGE = 152;
    private static final long CHAIN_LUBE = 162;
    /** The other node checks the change log once a second; this leaves room for a busy machine. */
    private static final long SEEN_WITHIN_MILLIS = 5000;

    private static WebApplicationContext context;
    private static CoPurchaseLearningService learning;

    @BeforeAll
    static void startStorefront() throws Exception {
        context = SharedApp.storefront().rootContext();
        learning = context.getBean("csCoPurchaseLearningService", CoPurchaseLearningService.class);
    }

    @Test
    void anotherNodeAppliesFoldedAndWithdrawnOrdersWithoutReadingTheTablesAgain() throws Exception {
        learning.rebuild();
        RecordingListener otherNodeEvents = new RecordingListener();
        CoPurchaseLearningService otherNode = newNode(otherNodeEvents);
        CoPurchaseStatistics start = otherNode.statistics();
        assertThat(otherNodeEvents.replaced.get()).as("its first read is a full one").isEqualTo(1);

        long orderId = TestOrders.submit(context, COMMUTER_BIKE, URBAN_HELMET, BOTTLE_CAGE);
        learning.recordOrder(orderId);
        CoPurchaseStatistics folded = awaitPairCount(otherNode, start.pairCount(COMMUTER_BIKE, BOTTLE_CAGE) + 1);

        assertThat(otherNodeEvents.replaced.get()).as("applied to its copy, not read again").isEqualTo(1);
        assertThat(otherNodeEvents.affected).as("the order's products and their partners' lists")
                .contains(COMMUTER_BIKE, URBAN_HELMET, BOTTLE_CAGE, COMMUTER_LIGHTS);
        assertSameCounts(folded, newNode(null).statistics());
        assertThat(folded.basketCount()).isEqualTo(start.basketCount() + 1);

        TestOrders.cancel(context, orderId);
        learning.withdrawOrder(orderId);
        CoPurchaseStatistics withdrawn = awaitPairCount(otherNode, start.pairCount(COMMUTER_BIKE, BOTTLE_CAGE));

        assertThat(otherNodeEvents.replaced.get()).isEqualTo(1);
        assertSameCounts(withdrawn, start);
        assertThat(withdrawn.basketCount()).isEqualTo(start.basketCount());

        learning.rebuild();
        Thread.sleep(1100);
        CoPurchaseStatistics afterRebuild = otherNode.statistics();
        assertThat(otherNodeEvents.replaced.get()).as("a rebuild is read in full").isEqualTo(2);
        assertSameCounts(afterRebuild, withdrawn);
    }

    @Test
    void ordersFoldedInFromSeveralThreadsAtOnceAreEachCountedOnceAndEqualARebuild() throws Exception {
        learning.rebuild();
        CoPurchaseStatistics before = learning.statistics();
        final List<Long> orderIds = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            // Overlapping baskets: the writers meet on the same rows, and on pairs no order had before.
            orderIds.add(TestOrders.submit(context, COMMUTER_BIKE, URBAN_HELMET, i % 2 == 0 ? CHAIN_LUBE : BOTTLE_CAGE));
        }
        final AtomicInteger counted = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < 6; writer++) {
                final List<Long> shuffled = new ArrayList<Long>(orderIds);
                Collections.shuffle(shuffled);
                done.add(writers.submit(new Callable<Void>() {
                    @Override
                    public Void call() {
                        for (Long orderId : shuffled) {
                            if (learning.recordOrder(orderId)) {
                                counted.incrementAndGet();
                            }
                        }
                        return null;
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }

        // The storefront's own catch-up may have counted some of them; together, each exactly once.
        CoPurchaseStatistics folded = learning.statistics();
        assertThat(folded.pairCount(COMMUTER_BIKE, URBAN_HELMET)).isEqualTo(before.pairCount(COMMUTER_BIKE, URBAN_HELMET) + 12);
        assertThat(counted.get()).isLessThanOrEqualTo(12);
        learning.rebuild();
        CoPurchaseStatistics rebuilt = learning.statistics();
        assertSameCounts(folded, rebuilt);
        assertThat(folded.basketCount()).isEqualTo(rebuilt.basketCount());
    }

    private static CoPurchaseLearningService newNode(StatisticsChangeListener listener) {
        CoPurchaseLearningServiceImpl node = new CoPurchaseLearningServiceImpl(
                context.getBean("blTransactionManager", PlatformTransactionManager.class), learning.configuredThresholds());
        context.getAutowireCapableBeanFactory().autowireBean(node);
        if (listener != null) {
            node.addChangeListener(listener);
        }
        return node;
    }

    private static CoPurchaseStatistics awaitPairCount(CoPurchaseLearningService node, double expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + SEEN_WITHIN_MILLIS;
        CoPurchaseStatistics seen = node.statistics();
        while (seen.pairCount(COMMUTER_BIKE, BOTTLE_CAGE) != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            seen = node.statistics();
        }
        assertThat(seen.pairCount(COMMUTER_BIKE, BOTTLE_CAGE)).isEqualTo(expected);
        return seen;
    }

    private static void assertSameCounts(CoPurchaseStatistics actual, CoPurchaseStatistics expected) {
        assertThat(pairsOf(actual)).isEqualTo(pairsOf(expected));
        assertThat(itemsOf(actual)).isEqualTo(itemsOf(expected));
    }

    private static Map<String, Double> pairsOf(CoPurchaseStatistics statistics) {
        final Map<String, Double> pairs = new TreeMap<String, Double>();
        statistics.forEachPair(new CoPurchaseStatistics.PairVisitor() {
            @Override
            public void visit(long a, long b, double count) {
                pairs.put(a + "-" + b, count);
            }
        });
        return pairs;
    }

    private static Map<Long, Double> itemsOf(CoPurchaseStatistics statistics) {
        final Map<Long, Double> items = new TreeMap<Long, Double>();
        statistics.forEachItem(new CoPurchaseStatistics.ItemVisitor() {
            @Override
            public void visit(long productId, double count) {
                items.put(productId, count);
            }
        });
        return items;
    }

    private static final class RecordingListener implements StatisticsChangeListener {
        final AtomicInteger replaced = new AtomicInteger();
        final Set<Long> affected = new ConcurrentSkipListSet<Long>();

        @Override
        public void countsChanged(Set<Long> affectedProducts) {
            affected.addAll(affectedProducts);
        }

        @Override
        public void replaced() {
            replaced.incrementAndGet();
        }
    }
}
