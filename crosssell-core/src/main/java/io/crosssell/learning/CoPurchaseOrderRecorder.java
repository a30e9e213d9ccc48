package io.crosssell.learning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Folds submitted orders into the statistics on a background thread, so checkout never waits for or
 * fails because of mining. An order lost here (crash, full queue) is picked up by the catch-up run;
 * the ledger keeps either path from counting it twice.
 */
public class CoPurchaseOrderRecorder {

    private static final Log LOG = LogFactory.getLog(CoPurchaseOrderRecorder.class);

    private final CoPurchaseLearningService learning;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "crosssell-order-recorder");
            thread.setDaemon(true);
            return thread;
        }
    });

    public CoPurchaseOrderRecorder(CoPurchaseLearningService learning) {
        this.learning = learning;
    }

    /** Queues the order; returns at once. */
    public void submitted(final long orderId) {
        try {
            worker.execute(new Runnable() {
                @Override
                public void run() {
                    try {
                        learning.recordOrder(orderId);
                    } catch (RuntimeException e) {
                        LOG.warn("Order " + orderId + " was not folded into co-purchase statistics now; the catch-up run will: " + e);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Order " + orderId + " was not queued for co-purchase statistics; the catch-up run will fold it in: " + e);
        }
    }

    public void destroy() {
        worker.shutdownNow();
    }
}
