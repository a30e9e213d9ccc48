package io.crosssell.recommend.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.StatisticsChangeListener;
import io.crosssell.mining.MiningThresholds;
import io.crosssell.recommend.PurchaseHistory;
import io.crosssell.recommend.RecommendationEngine;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Recommendations;
import io.crosssell.rule.dao.CrossSellRuleDao;
import io.crosssell.rule.service.EntityRuleRepository;

/**
 * Serves recommendations from the engine and keeps them current across processes: at most every
 * {@code changeCheckMillis} a request compares the rules' change fingerprint and the mining thresholds with what the
 * engine was built from
 * (dropping every precomputed list when it changed) and has the statistics apply the orders folded in since (dropping
 * the lists of the products they touch, or all after a rebuild); every {@code catalogRefreshMillis} it also forgets catalog answers (stock,
 * activity) and re-reads rules so start and end dates take effect. A change saved in the admin thus
 * reaches the storefront within changeCheckMillis (default 5 s).
 */
public class CrossSellRecommendationServiceImpl implements CrossSellRecommendationService {

    private static final Log LOG = LogFactory.getLog(CrossSellRecommendationServiceImpl.class);

    private final RecommendationEngine engine;
    private final EntityRuleRepository rules;
    private final CrossSellRuleDao ruleDao;
    private final CoPurchaseLearningService learning;
    private final BroadleafCatalogAdapter catalog;
    private final TransactionTemplate readOnlyTransaction;
    private final long changeCheckMillis;
    private final long catalogRefreshMillis;

    private final AtomicLong nextChangeCheck = new AtomicLong();
    private final AtomicLong nextCatalogRefresh = new AtomicLong();
    private volatile String ruleFingerprint;
    private volatile MiningThresholds servedThresholds;

    public CrossSellRecommendationServiceImpl(List<RecommendationSource> sources, BroadleafCatalogAdapter catalog,
            PurchaseHistory purchases, EntityRuleRepository rules, CrossSellRuleDao ruleDao,
            CoPurchaseLearningService learning, PlatformTransactionManager transactionManager,
            long sourceTimeoutMillis, long changeCheckMillis, long catalogRefreshMillis) {
        this.engine = new RecommendationEngine(sources, catalog, purchases, sourceTimeoutMillis);
        this.catalog = catalog;
        this.rules = rules;
        this.ruleDao = ruleDao;
        this.learning = learning;
        this.readOnlyTransaction = new TransactionTemplate(transactionManager);
        this.readOnlyTransaction.setReadOnly(true);
        this.changeCheckMillis = changeCheckMillis;
        this.catalogRefreshMillis = catalogRefreshMillis;
        learning.addChangeListener(new StatisticsChangeListener() {
            @Override
            public void countsChanged(Set<Long> affectedProducts) {
                engine.invalidate(affectedProducts);
            }

            @Override
            public void replaced() {
                engine.invalidate();
            }
        });
    }

    @Override
    public Recommendations recommend(RecommendationRequest request) {
        try {
            checkForChanges();
            return engine.recommend(request);
        } catch (RuntimeException e) {
            LOG.error("Cross-sell recommendations failed; the placement shows none", e);
            return Recommendations.failed("engine");
        }
    }

    @Override
    public void refresh() {
        catalog.refresh();
        rules.refresh();
        engine.invalidate();
    }

    public void destroy() {
        engine.shutdown();
    }

    private void checkForChanges() {
        long now = System.currentTimeMillis();
        long due = nextChangeCheck.get();
        // One request checks; the others go on with what they have.
        if (now < due || !nextChangeCheck.compareAndSet(due, now + changeCheckMillis)) {
            return;
        }
        long refreshDue = nextCatalogRefresh.get();
        if (now >= refreshDue && nextCatalogRefresh.compareAndSet(refreshDue, now + catalogRefreshMillis)) {
            refresh();
        }
        String fingerprint = readOnlyTransaction.execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                return ruleDao.readChangeFingerprint();
            }
        });
        MiningThresholds thresholds = learning.thresholds();
        if (!fingerprint.equals(ruleFingerprint) || !thresholds.equals(servedThresholds)) {
            rules.refresh();
            engine.invalidate();
            ruleFingerprint = fingerprint;
            servedThresholds = thresholds;
        }
        // Applies orders folded in elsewhere; the listener drops the lists they change.
        learning.statistics();
    }
}
