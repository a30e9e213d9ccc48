package io.crosssell.bundle.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.hibernate.Cache;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.bundle.dao.CrossSellBundleDao;

/**
 * On the storefront: notices bundle changes made by another process (the admin console) and evicts
 * Broadleaf's cached offers, so the next pricing sees the changed offer instead of a copy cached for up to
 * a day. Checks the bundles' change fingerprint every few seconds; bundle changes made in this JVM reach
 * Hibernate's caches directly.
 */
public class BundleOfferCacheRefresher {

    private static final Log LOG = LogFactory.getLog(BundleOfferCacheRefresher.class);
    private static final String OFFER_QUERY_REGION = "query.Offer";

    private final CrossSellBundleDao bundles;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate reading;
    private final long intervalMillis;
    private volatile String lastFingerprint;
    private volatile boolean evictAgain;
    private ScheduledExecutorService scheduler;

    public BundleOfferCacheRefresher(CrossSellBundleDao bundles, EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactionManager, long intervalMillis) {
        this.bundles = bundles;
        this.entityManagerFactory = entityManagerFactory;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.intervalMillis = intervalMillis;
    }

    public void start() {
        if (intervalMillis <= 0) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task, "crosssell-bundle-offers");
                thread.setDaemon(true);
                return thread;
            }
        });
        scheduler.scheduleWithFixedDelay(new Runnable() {
            @Override
            public void run() {
                checkOnce();
            }
        }, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * One check; returns whether a change was seen (the caches are then evicted). The check after a change
     * evicts once more: a request that read the old offer just before the change may have put it back into the
     * cache after the first eviction. Failures are logged and retried next time.
     */
    public boolean checkOnce() {
        try {
            String fingerprint = reading.execute(new TransactionCallback<String>() {
                @Override
                public String doInTransaction(TransactionStatus status) {
                    return bundles.readChangeFingerprint();
                }
            });
            String previous = lastFingerprint;
            lastFingerprint = fingerprint;
            boolean changed = previous != null && !previous.equals(fingerprint);
            if (changed || evictAgain) {
                evictOffers();
                evictAgain = changed;
            }
            if (changed) {
                LOG.info("Bundles changed elsewhere: Broadleaf's cached offers evicted");
            }
            return changed;
        } catch (RuntimeException e) {
            LOG.warn("Bundle change check failed; retrying: " + e);
            return false;
        }
    }

    private void evictOffers() {
        Cache cache = ((HibernateEntityManagerFactory) entityManagerFactory).getSessionFactory().getCache();
        cache.evictEntityRegion(OfferImpl.class);
        cache.evictEntityRegion(OfferItemCriteriaImpl.class);
        cache.evictCollectionRegion(OfferImpl.class.getName() + ".targetItemCriteria");
        cache.evictCollectionRegion(OfferImpl.class.getName() + ".qualifyingItemCriteria");
        cache.evictQueryRegion(OFFER_QUERY_REGION);
    }

    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
