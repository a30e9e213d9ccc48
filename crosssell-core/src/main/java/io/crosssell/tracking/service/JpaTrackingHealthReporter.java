package io.crosssell.tracking.service;

import java.lang.management.ManagementFactory;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.tracking.TrackingHealthReporter;
import io.crosssell.tracking.TrackingRecorder;
import io.crosssell.tracking.domain.TrackingNode;

/** Keeps this JVM's row of {@code CS_TRACKING_NODE} up to date (its id: host, process and start time). */
public class JpaTrackingHealthReporter implements TrackingHealthReporter {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate ownTransaction;
    private final String nodeId;
    private final Date started = new Date();

    public JpaTrackingHealthReporter(PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String id = ManagementFactory.getRuntimeMXBean().getName() + "@" + started.getTime();
        this.nodeId = id.length() > 100 ? id.substring(0, 100) : id;
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public void report(final TrackingRecorder.Stats stats) {
        ownTransaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                TrackingNode node = em.find(TrackingNode.class, nodeId);
                if (node == null) {
                    node = new TrackingNode(nodeId, started);
                    em.persist(node);
                }
                node.update(new Date(), stats.recorded, stats.written, stats.droppedQueueFull, stats.droppedWriteFailed);
                return null;
            }
        });
    }
}
