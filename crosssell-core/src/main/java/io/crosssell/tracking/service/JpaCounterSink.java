package io.crosssell.tracking.service;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.tracking.CounterBatch;
import io.crosssell.tracking.CounterKey;
import io.crosssell.tracking.CounterSink;
import io.crosssell.tracking.domain.TrackingCounter;

/**
 * Adds a batch to {@code CS_TRACKING_COUNTER}: per row an {@code UPDATE … SET n = n + ?} in a transaction of
 * its own, and an insert where the row does not exist yet. When another JVM inserts the same row first, the
 * insert fails on the key and the update is tried again, so concurrent storefronts never lose a count.
 */
public class JpaCounterSink implements CounterSink {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate ownTransaction;

    public JpaCounterSink(PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void write(CounterBatch batch) {
        for (Map.Entry<CounterKey, CounterBatch.Increments> row : batch.rows().entrySet()) {
            add(keyOf(row.getKey()), row.getValue());
        }
    }

    private void add(final TrackingCounter.Key key, final CounterBatch.Increments increments) {
        if (increment(key, increments)) {
            return;
        }
        try {
            ownTransaction.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    em.persist(new TrackingCounter(key, increments.impressions(), increments.clicks(), increments.adds()));
                    em.flush();
                    return null;
                }
            });
        } catch (RuntimeException insertedElsewhere) {
            if (!increment(key, increments)) {
                throw insertedElsewhere;
            }
        }
    }

    /** Adds to an existing row; false when there is none. */
    private boolean increment(final TrackingCounter.Key key, final CounterBatch.Increments increments) {
        Integer updated = ownTransaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return em.createQuery("UPDATE TrackingCounter c SET c.impressions = c.impressions + :impressions,"
                        + " c.clicks = c.clicks + :clicks, c.adds = c.adds + :adds WHERE c.id.day = :day"
                        + " AND c.id.placement = :placement AND c.id.anchorProductId = :anchor AND c.id.itemProductId = :item")
                        .setParameter("impressions", increments.impressions()).setParameter("clicks", increments.clicks())
                        .setParameter("adds", increments.adds()).setParameter("day", key.getDay())
                        .setParameter("placement", key.getPlacement()).setParameter("anchor", key.getAnchorProductId())
                        .setParameter("item", key.getItemProductId()).executeUpdate();
            }
        });
        return updated != null && updated > 0;
    }

    static TrackingCounter.Key keyOf(CounterKey key) {
        return new TrackingCounter.Key(key.day().toString(), key.placement(),
                key.anchorProductId() == null ? TrackingCounter.NO_ANCHOR : key.anchorProductId(), key.itemProductId());
    }
}
