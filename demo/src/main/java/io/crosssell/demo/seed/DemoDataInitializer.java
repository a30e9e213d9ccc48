package io.crosssell.demo.seed;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import io.crosssell.bundle.service.BundleService;
import io.crosssell.learning.CoPurchaseLearningService;

/**
 * Once the root context is up: loads the generated order history where configured and mines it right
 * away (so the demo's recommendations are ready at start), then verifies the seed and stops the
 * application with a clear message when rows are missing.
 */
public class DemoDataInitializer implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(DemoDataInitializer.class);

    private final DemoSeedVerifier verifier;
    private final DemoOrderHistoryLoader orderHistoryLoader;
    private final CoPurchaseLearningService learning;
    private final boolean requireStorefrontSeed;
    private final BundleService bundles;
    private DemoTrackingHistory trackingHistory;
    private DemoExperiment experiment;
    private ApplicationContext initializedContext;

    public DemoDataInitializer(DemoSeedVerifier verifier, DemoOrderHistoryLoader orderHistoryLoader,
            CoPurchaseLearningService learning, boolean requireStorefrontSeed) {
        this(verifier, orderHistoryLoader, learning, requireStorefrontSeed, null);
    }

    /** @param bundles where the demo bundles are created (the storefront), or null */
    public DemoDataInitializer(DemoSeedVerifier verifier, DemoOrderHistoryLoader orderHistoryLoader,
            CoPurchaseLearningService learning, boolean requireStorefrontSeed, BundleService bundles) {
        this.verifier = verifier;
        this.orderHistoryLoader = orderHistoryLoader;
        this.learning = learning;
        this.requireStorefrontSeed = requireStorefrontSeed;
        this.bundles = bundles;
    }

    /** Where the seeded orders get their event history for the performance screen (the storefront), or none. */
    public void setTrackingHistory(DemoTrackingHistory trackingHistory) {
        this.trackingHistory = trackingHistory;
    }

    /** The demo's running experiment (the storefront of the demo shop), or none. */
    public void setExperiment(DemoExperiment experiment) {
        this.experiment = experiment;
    }

    @Override
    public synchronized void onApplicationEvent(ContextRefreshedEvent event) {
        // Child (servlet) contexts publish their refresh to this root listener too: run once.
        if (initializedContext != null) {
            return;
        }
        initializedContext = event.getApplicationContext();
        if (orderHistoryLoader != null && orderHistoryLoader.loadIfEmpty() > 0 && learning != null) {
            learning.rebuild();
        }
        if (bundles != null) {
            DemoBundles.seedIfEmpty(bundles);
        }
        if (trackingHistory != null) {
            trackingHistory.loadIfEmpty();
        }
        if (experiment != null) {
            experiment.seedIfNone();
        }
        List<String> problems = verifier.findProblems(requireStorefrontSeed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo seed data is incomplete: " + problems);
        }
        LOG.info("Demo seed data verified");
    }
}
