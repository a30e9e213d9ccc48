package io.crosssell.tracking.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.hibernate.Session;
import org.hibernate.jdbc.Work;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.tracking.CounterBatch;
import io.crosssell.tracking.CounterKey;
import io.crosssell.tracking.CounterSink;
import io.crosssell.tracking.ExposureWriter;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.domain.TrackingCounter;
import io.crosssell.tracking.domain.TrackingEventRecord;

/**
 * Writes a batch in one transaction: one JDBC batch of {@code UPDATE CS_TRACKING_COUNTER SET n = n + ?} (rows in
 * key order, so two storefronts updating the same rows wait for each other instead of deadlocking) and one JDBC
 * batch inserting the raw events of known shoppers. Rows that do not exist yet are then inserted, each in its own
 * transaction; an insert that loses the race to another JVM fails on the key and is retried as an update, so
 * concurrent storefronts never lose a count.
 */
public class JpaCounterSink implements CounterSink {

    static final String INCREMENT = "UPDATE CS_TRACKING_COUNTER SET IMPRESSIONS = IMPRESSIONS + ?, CLICKS = CLICKS + ?,"
            + " ADDS = ADDS + ? WHERE COUNT_DAY = ? AND PLACEMENT = ? AND ANCHOR_PRODUCT_ID = ? AND ITEM_PRODUCT_ID = ? AND VARIANT_ID = ?";
    static final String INSERT_EVENT = "INSERT INTO " + TrackingEventRecord.TABLE + " (EVENT_ID, EVENT_TIME, KIND, PLACEMENT,"
            + " ANCHOR_PRODUCT_ID, ITEM_PRODUCT_ID, VISITOR_ID, CUSTOMER_ID, ITEM_POSITION, VARIANT_ID, ITEMS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Most items one impression row lists (its column holds 400 characters). */
    static final int MAX_ITEMS_PER_ROW = 20;

    private static final Comparator<CounterKey> KEY_ORDER = new Comparator<CounterKey>() {
        @Override
        public int compare(CounterKey a, CounterKey b) {
            int byDay = a.day().compareTo(b.day());
            if (byDay != 0) {
                return byDay;
            }
            int byPlacement = a.placement().compareTo(b.placement());
            if (byPlacement != 0) {
                return byPlacement;
            }
            int byAnchor = Long.compare(anchorOf(a), anchorOf(b));
            int byItem = byAnchor != 0 ? byAnchor : Long.compare(a.itemProductId(), b.itemProductId());
            return byItem != 0 ? byItem : Long.compare(a.variantId(), b.variantId());
        }
    };

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate ownTransaction;
    private final ExposureWriter exposures;

    public JpaCounterSink(PlatformTransactionManager transactionManager, ExposureWriter exposures) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.exposures = exposures;
    }

    @Override
    public void write(final CounterBatch batch) {
        final List<CounterKey> keys = new ArrayList<CounterKey>(batch.rows().keySet());
        Collections.sort(keys, KEY_ORDER);
        final List<CounterKey> missing = new ArrayList<CounterKey>();
        ownTransaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                em.unwrap(Session.class).doWork(new Work() {
                    @Override
                    public void execute(Connection connection) throws SQLException {
                        missing.addAll(increment(connection, keys, batch.rows()));
                        insertEvents(connection, batch.shopperEvents());
                    }
                });
                return null;
            }
        });
        for (CounterKey key : missing) {
            insertOrIncrement(key, batch.rows().get(key));
        }
        if (!batch.exposures().isEmpty()) {
            exposures.write(batch.exposures());
        }
    }

    /** Adds to the existing rows; returns the keys that have no row yet. */
    private static List<CounterKey> increment(Connection connection, List<CounterKey> keys,
            Map<CounterKey, CounterBatch.Increments> rows) throws SQLException {
        List<CounterKey> missing = new ArrayList<CounterKey>();
        if (keys.isEmpty()) {
            return missing;
        }
        PreparedStatement update = connection.prepareStatement(INCREMENT);
        try {
            for (CounterKey key : keys) {
                bindIncrement(update, key, rows.get(key));
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < keys.size(); i++) {
                int count = i < counts.length ? counts[i] : Statement.SUCCESS_NO_INFO;
                if (count == Statement.SUCCESS_NO_INFO) {
                    // Drivers that rewrite batches (MariaDB rewriteBatchedStatements) do not say which rows matched.
                    throw new SQLException("The JDBC driver did not report updated rows; set it not to rewrite batches");
                }
                if (count == 0) {
                    missing.add(keys.get(i));
                }
            }
        } finally {
            update.close();
        }
        return missing;
    }

    private static void bindIncrement(PreparedStatement update, CounterKey key, CounterBatch.Increments increments)
            throws SQLException {
        update.setLong(1, increments.impressions());
        update.setLong(2, increments.clicks());
        update.setLong(3, increments.adds());
        update.setString(4, key.day().toString());
        update.setString(5, key.placement());
        update.setLong(6, anchorOf(key));
        update.setLong(7, key.itemProductId());
        update.setLong(8, key.variantId());
    }

    /**
     * One row per click or add, and one per widget shown: the impressions a page view recorded together (same
     * shopper, placement, anchor, moment and variant, in their order) become one row listing the items, which
     * keeps the raw table a third of the size it would have with a row per item.
     */
    private static void insertEvents(Connection connection, List<TrackingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
        try {
            int i = 0;
            while (i < events.size()) {
                TrackingEvent first = events.get(i);
                StringBuilder items = null;
                int next = i + 1;
                if (first.kind() == TrackingEvent.Kind.IMPRESSION) {
                    items = new StringBuilder().append(first.itemProductId());
                    while (next < events.size() && next - i < MAX_ITEMS_PER_ROW && sameView(events.get(next - 1), events.get(next))) {
                        items.append(',').append(events.get(next).itemProductId());
                        next++;
                    }
                }
                bindEvent(insert, first, items == null ? null : items.toString());
                insert.addBatch();
                i = next;
            }
            insert.executeBatch();
        } finally {
            insert.close();
        }
    }

    /** Whether the event is the next item of the same widget view as the one before it. */
    private static boolean sameView(TrackingEvent previous, TrackingEvent event) {
        return event.kind() == TrackingEvent.Kind.IMPRESSION && event.position() == previous.position() + 1
                && event.epochMillis() == previous.epochMillis() && event.placement().equals(previous.placement())
                && event.variantId() == previous.variantId() && equal(event.anchorProductId(), previous.anchorProductId())
                && equal(event.visitorId(), previous.visitorId()) && equal(event.customerId(), previous.customerId());
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void bindEvent(PreparedStatement insert, TrackingEvent event, String items) throws SQLException {
        insert.setLong(1, ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        insert.setTimestamp(2, new Timestamp(event.epochMillis()));
        insert.setString(3, event.kind().code());
        insert.setString(4, event.placement());
        insert.setLong(5, event.anchorProductId() == null ? TrackingCounter.NO_ANCHOR : event.anchorProductId());
        insert.setLong(6, event.itemProductId());
        insert.setString(7, event.visitorId());
        if (event.customerId() == null) {
            insert.setNull(8, Types.BIGINT);
        } else {
            insert.setLong(8, event.customerId());
        }
        insert.setInt(9, event.position());
        insert.setLong(10, event.variantId());
        insert.setString(11, items);
    }

    private void insertOrIncrement(final CounterKey key, final CounterBatch.Increments increments) {
        try {
            ownTransaction.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    em.persist(new TrackingCounter(keyOf(key), increments.impressions(), increments.clicks(), increments.adds()));
                    em.flush();
                    return null;
                }
            });
        } catch (RuntimeException insertedElsewhere) {
            Integer updated = ownTransaction.execute(new TransactionCallback<Integer>() {
                @Override
                public Integer doInTransaction(TransactionStatus status) {
                    final int[] count = new int[1];
                    em.unwrap(Session.class).doWork(new Work() {
                        @Override
                        public void execute(Connection connection) throws SQLException {
                            PreparedStatement update = connection.prepareStatement(INCREMENT);
                            try {
                                bindIncrement(update, key, increments);
                                count[0] = update.executeUpdate();
                            } finally {
                                update.close();
                            }
                        }
                    });
                    return count[0];
                }
            });
            if (updated == null || updated == 0) {
                throw insertedElsewhere;
            }
        }
    }

    private static long anchorOf(CounterKey key) {
        return key.anchorProductId() == null ? TrackingCounter.NO_ANCHOR : key.anchorProductId();
    }

    static TrackingCounter.Key keyOf(CounterKey key) {
        return new TrackingCounter.Key(key.day().toString(), key.placement(), anchorOf(key), key.itemProductId(), key.variantId());
    }
}
