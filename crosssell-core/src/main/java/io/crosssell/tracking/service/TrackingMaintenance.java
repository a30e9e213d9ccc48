package io.crosssell.tracking.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The storefront's tracking housekeeping, every {@code crosssell.tracking.maintenanceSeconds}: orders attributed
 * late or taken back out when cancelled ({@link OrderAttributionService#reconcile()}), raw events deleted after
 * {@code rawEventDays}, and counters and attributions after {@code retentionDays}.
 */
public class TrackingMaintenance {

    private static final Log LOG = LogFactory.getLog(TrackingMaintenance.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OrderAttributionService attribution;
    private final TransactionTemplate transaction;
    private final int rawEventDays;
    private final int retentionDays;
    private final long intervalSeconds;
    private ScheduledExecutorService scheduler;

    public TrackingMaintenance(OrderAttributionService attribution, PlatformTransactionManager transactionManager,
            int rawEventDays, int retentionDays, long intervalSeconds) {
        if (rawEventDays < 1 || retentionDays < rawEventDays) {
            throw new IllegalArgumentException("crosssell.tracking.rawEventDays must be at least 1 and retentionDays at least as long");
        }
        this.attribution = attribution;
        this.transaction = new TransactionTemplate(transactionManager);
        this.rawEventDays = rawEventDays;
        this.retentionDays = retentionDays;
        this.intervalSeconds = intervalSeconds;
    }

    public void start() {
        if (intervalSeconds <= 0) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "crosssell-tracking-maintenance");
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

    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** One round: reconcile, then purge. Failures are logged; the next round tries again. */
    public void runOnce() {
        try {
            OrderAttributionService.Reconciliation done = attribution.reconcile();
            if (done.attributed + done.cancelled > 0) {
                LOG.info("Cross-sell attribution: " + done.attributed + " orders attributed late, " + done.cancelled + " cancelled");
            }
            purge(System.currentTimeMillis());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cross-sell tracking maintenance failed; retried in " + intervalSeconds + " s: " + e);
        }
    }

    /** Deletes raw events older than the raw-event window and aggregates older than the retention. */
    public int purge(long nowMillis) {
        final Date rawBefore = new Date(nowMillis - TimeUnit.DAYS.toMillis(rawEventDays));
        final String dayBefore = Instant.ofEpochMilli(nowMillis).atZone(ZoneOffset.UTC).toLocalDate().minusDays(retentionDays).toString();
        Integer deleted = transaction.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                int rows = em.createQuery("DELETE FROM TrackingEventRecord e WHERE e.time < :before")
                        .setParameter("before", rawBefore).executeUpdate();
                rows += em.createQuery("DELETE FROM TrackingCounter c WHERE c.id.day < :day").setParameter("day", dayBefore).executeUpdate();
                rows += em.createQuery("DELETE FROM OrderAttribution a WHERE a.day < :day").setParameter("day", dayBefore).executeUpdate();
                rows += em.createQuery("DELETE FROM TrackedOrder t WHERE t.day < :day").setParameter("day", dayBefore).executeUpdate();
                return rows;
            }
        });
        return deleted == null ? 0 : deleted;
    }
}
