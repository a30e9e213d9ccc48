package io.crosssell.learning;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs periodically in the storefront: builds the statistics when there are none yet, otherwise folds
 * in any submitted order the ledger lacks and takes cancelled ones back out. This is what makes order learning at-least-once.
 */
public class CoPurchaseCatchUp {

    private static final Log LOG = LogFactory.getLog(CoPurchaseCatchUp.class);

    private final CoPurchaseLearningService learning;
    private final long intervalSeconds;
    private ScheduledExecutorService scheduler;

    public CoPurchaseCatchUp(CoPurchaseLearningService learning, long intervalSeconds) {
        this.learning = learning;
        this.intervalSeconds = intervalSeconds;
    }

    public void start() {
        if (intervalSeconds <= 0) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "crosssell-catch-up");
                thread.setDaemon(true);
                return thread;
            }
        });
        scheduler.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                runOnce();
            }
        }, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** One catch-up pass; failures are logged and retried at the next pass. */
    public void runOnce() {
        try {
            if (learning.statisticsVersion() == 0) {
                learning.rebuild();
            } else {
                int folded = learning.catchUp();
                if (folded > 0) {
                    LOG.info("Co-purchase statistics: " + folded + " orders folded in or, cancelled, taken back out");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Co-purchase catch-up failed; retrying in " + intervalSeconds + " s: " + e);
        }
    }

    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
