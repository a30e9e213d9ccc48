package io.crosssell.experiment.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleDiscountType;
import io.crosssell.bundle.BundleValidationException;
import io.crosssell.bundle.service.BundleService;
import io.crosssell.experiment.Assignment;
import io.crosssell.experiment.BundleDiscountLevel;
import io.crosssell.experiment.ExperimentAssigner;
import io.crosssell.experiment.ExperimentDefinition;
import io.crosssell.experiment.ExperimentStatus;
import io.crosssell.experiment.ExperimentValidator;
import io.crosssell.experiment.PlacementDefaults;
import io.crosssell.experiment.Treatment;
import io.crosssell.experiment.VariantSpec;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.experiment.domain.CrossSellExperimentImpl;
import io.crosssell.experiment.domain.CrossSellExperimentVariant;
import io.crosssell.experiment.domain.CrossSellExperimentVariantImpl;
import io.crosssell.experiment.domain.PlacementSetting;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Strategy;

/**
 * Saves experiments in transactions of their own and keeps, per storefront, a snapshot of what runs (re-read at
 * most every {@code refreshMillis}), so assigning a visitor costs a hash and no database read.
 */
public class ExperimentServiceImpl implements ExperimentService {

    private static final Log LOG = LogFactory.getLog(ExperimentServiceImpl.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate transaction;
    private final long refreshMillis;
    private volatile Snapshot snapshot;
    private BundleService bundles;

    public ExperimentServiceImpl(PlatformTransactionManager transactionManager, long refreshMillis) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.refreshMillis = refreshMillis;
    }

    /** Bundle discount variants open and close their trial offers through it; without it they are refused. */
    public void setBundleService(BundleService bundles) {
        this.bundles = bundles;
    }

    /** A running experiment as the storefront needs it. */
    private static final class Running {
        final long id;
        final String salt;
        final Date start;
        final Date end;
        final List<VariantSpec> variants;
        /** Trial offer ids by variant id (bundle discount variants). */
        final Map<Long, Long> trialOffers;

        Running(long id, String salt, Date start, Date end, List<VariantSpec> variants, Map<Long, Long> trialOffers) {
            this.id = id;
            this.salt = salt;
            this.start = start;
            this.end = end;
            this.variants = variants;
            this.trialOffers = trialOffers;
        }

        boolean isLive(long now) {
            return (start == null || start.getTime() <= now) && (end == null || end.getTime() > now);
        }
    }

    private static final class Snapshot {
        final long readAt;
        final Map<Placement, Running> running;
        final Map<Placement, PlacementDefaults> defaults;

        Snapshot(long readAt, Map<Placement, Running> running, Map<Placement, PlacementDefaults> defaults) {
            this.readAt = readAt;
            this.running = running;
            this.defaults = defaults;
        }
    }

    @Override
    public List<CrossSellExperiment> experiments() {
        return transaction.execute(new TransactionCallback<List<CrossSellExperiment>>() {
            @Override
            public List<CrossSellExperiment> doInTransaction(TransactionStatus status) {
                List<CrossSellExperiment> all = em.createQuery("SELECT e FROM " + CrossSellExperimentImpl.class.getName()
                        + " e ORDER BY e.id DESC", CrossSellExperiment.class).getResultList();
                for (CrossSellExperiment experiment : all) {
                    experiment.getVariants().size();
                }
                return all;
            }
        });
    }

    @Override
    public CrossSellExperiment read(final long experimentId) {
        return transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = em.find(CrossSellExperimentImpl.class, experimentId);
                if (experiment != null) {
                    experiment.getVariants().size();
                }
                return experiment;
            }
        });
    }

    @Override
    public CrossSellExperiment create(final ExperimentDefinition definition) {
        check(definition);
        checkBundles(definition);
        return changed(transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = new CrossSellExperimentImpl();
                experiment.setSalt(UUID.randomUUID().toString());
                experiment.setStatus(ExperimentStatus.DRAFT.name());
                apply(definition, experiment);
                em.persist(experiment);
                return experiment;
            }
        }));
    }

    @Override
    public CrossSellExperiment update(final long experimentId, final ExperimentDefinition definition) {
        check(definition);
        checkBundles(definition);
        return changed(transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = existing(experimentId);
                ExperimentStatus state = ExperimentStatus.fromName(experiment.getStatus());
                if (state == ExperimentStatus.STOPPED) {
                    throw new ExperimentValidationException("status", "A stopped experiment is kept as it ran; copy it into a new one.");
                }
                if (state == ExperimentStatus.RUNNING) {
                    if (!sameVariants(experiment, definition) || !experiment.getPlacement().equals(definition.placement())) {
                        throw new ExperimentValidationException("variants", "The variants, weights and placement of a running"
                                + " experiment cannot change: that would mix two tests. Stop it and start a new one.");
                    }
                    experiment.setName(definition.name().trim());
                    experiment.setHypothesis(definition.hypothesis());
                    experiment.setEndDate(definition.endDate());
                    experiment.setDateUpdated(new Date());
                    return experiment;
                }
                apply(definition, experiment);
                return experiment;
            }
        }));
    }

    @Override
    public CrossSellExperiment start(final long experimentId) {
        return changed(transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = existing(experimentId);
                if (ExperimentStatus.fromName(experiment.getStatus()) != ExperimentStatus.DRAFT) {
                    throw new ExperimentValidationException("status", "Only a draft can be started.");
                }
                List<CrossSellExperiment> others = em.createQuery("SELECT e FROM " + CrossSellExperimentImpl.class.getName()
                        + " e WHERE e.status = 'RUNNING' AND e.placement = :placement AND e.id <> :id", CrossSellExperiment.class)
                        .setParameter("placement", experiment.getPlacement()).setParameter("id", experimentId).getResultList();
                if (!others.isEmpty()) {
                    throw new ExperimentValidationException("placement", "\u201c" + others.get(0).getName() + "\u201d already runs on this"
                            + " placement; stop it first (one experiment per placement, or their visitors would overlap).");
                }
                openTrials(experiment);
                experiment.setStatus(ExperimentStatus.RUNNING.name());
                experiment.setStartedDate(new Date());
                experiment.setDateUpdated(new Date());
                return experiment;
            }
        }));
    }

    @Override
    public CrossSellExperiment stop(final long experimentId) {
        return changed(transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = existing(experimentId);
                if (ExperimentStatus.fromName(experiment.getStatus()) != ExperimentStatus.RUNNING) {
                    throw new ExperimentValidationException("status", "Only a running experiment can be stopped.");
                }
                closeTrials(experiment);
                experiment.setStatus(ExperimentStatus.STOPPED.name());
                experiment.setStoppedDate(new Date());
                experiment.setDateUpdated(new Date());
                return experiment;
            }
        }));
    }

    @Override
    public CrossSellExperiment makeDefault(final long experimentId, final long variantId) {
        return changed(transaction.execute(new TransactionCallback<CrossSellExperiment>() {
            @Override
            public CrossSellExperiment doInTransaction(TransactionStatus status) {
                CrossSellExperiment experiment = existing(experimentId);
                CrossSellExperimentVariant winner = null;
                for (CrossSellExperimentVariant variant : experiment.getVariants()) {
                    if (variant.getId() == variantId) {
                        winner = variant;
                    }
                }
                if (winner == null) {
                    throw new ExperimentValidationException("variant", "That variant is not part of this experiment.");
                }
                if (ExperimentStatus.fromName(experiment.getStatus()) == ExperimentStatus.DRAFT) {
                    throw new ExperimentValidationException("status", "A draft has no result yet.");
                }
                if (ExperimentStatus.fromName(experiment.getStatus()) == ExperimentStatus.RUNNING) {
                    closeTrials(experiment);
                    experiment.setStatus(ExperimentStatus.STOPPED.name());
                    experiment.setStoppedDate(new Date());
                }
                PlacementSetting setting = em.find(PlacementSetting.class, experiment.getPlacement());
                if (setting == null) {
                    setting = new PlacementSetting(experiment.getPlacement());
                    em.persist(setting);
                }
                Treatment treatment = Treatment.fromName(winner.getTreatment());
                String value = winner.getTreatmentValue() == null ? null : winner.getTreatmentValue().trim();
                setting.setEnabled(treatment != Treatment.HOLDOUT);
                if (treatment == Treatment.MAX_ITEMS) {
                    setting.setMaxItems(Integer.valueOf(value));
                } else if (treatment == Treatment.TITLE) {
                    setting.setTitle(value);
                } else if (treatment == Treatment.STRATEGY) {
                    setting.setStrategy(value);
                } else if (treatment == Treatment.BUNDLE_DISCOUNT) {
                    adoptBundleDiscount(BundleDiscountLevel.parse(value));
                }
                setting.setFromExperimentId(experimentId);
                setting.touch();
                experiment.setWinnerVariantId(variantId);
                experiment.setDateUpdated(new Date());
                return experiment;
            }
        }));
    }

    @Override
    public PlacementDefaults defaults(Placement placement) {
        PlacementDefaults defaults = current().defaults.get(placement);
        return defaults == null ? PlacementDefaults.SHIPPED : defaults;
    }

    @Override
    public WidgetTreatment treatment(Placement placement, String visitorKey) {
        Snapshot known = current();
        PlacementDefaults defaults = known.defaults.get(placement);
        Running running = known.running.get(placement);
        if (running == null || visitorKey == null || !running.isLive(System.currentTimeMillis())) {
            return new WidgetTreatment(defaults, null);
        }
        VariantSpec variant = ExperimentAssigner.variantOf(running.salt, visitorKey, running.variants);
        return new WidgetTreatment(defaults, new Assignment(running.id, variant, running.trialOffers.get(variant.id())));
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.currentTimeMillis();
        if (known != null && now - known.readAt < refreshMillis) {
            return known;
        }
        try {
            Snapshot fresh = transaction.execute(new TransactionCallback<Snapshot>() {
                @Override
                public Snapshot doInTransaction(TransactionStatus status) {
                    return read();
                }
            });
            snapshot = fresh;
            knowTrialOffers(fresh);
            return fresh;
        } catch (RuntimeException e) {
            LOG.warn("Experiments not re-read; serving the last known ones: " + e);
            Snapshot fallback = known != null ? known : new Snapshot(now,
                    Collections.<Placement, Running>emptyMap(), Collections.<Placement, PlacementDefaults>emptyMap());
            snapshot = new Snapshot(now, fallback.running, fallback.defaults);
            return snapshot;
        }
    }

    /**
     * Trial offers become visible to pricing and widgets with this snapshot; the bundle service names the discounts
     * on carts and orders from its own snapshot, so it re-reads at once when it does not know one of them yet.
     */
    private void knowTrialOffers(Snapshot fresh) {
        if (bundles == null) {
            return;
        }
        try {
            for (Running running : fresh.running.values()) {
                for (Long offerId : running.trialOffers.values()) {
                    if (!bundles.bundleIdsByOfferId().containsKey(offerId)) {
                        bundles.refresh();
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Bundles not re-read for the running experiments' trial offers: " + e);
        }
    }

    private Snapshot read() {
        Map<Placement, Running> running = new EnumMap<Placement, Running>(Placement.class);
        for (CrossSellExperiment experiment : em.createQuery("SELECT e FROM " + CrossSellExperimentImpl.class.getName()
                + " e WHERE e.status = 'RUNNING'", CrossSellExperiment.class).getResultList()) {
            Placement placement = Placement.fromCode(experiment.getPlacement());
            if (placement != null) {
                Map<Long, Long> trialOffers = new HashMap<Long, Long>();
                for (CrossSellExperimentVariant variant : experiment.getVariants()) {
                    if (variant.getTrialOfferId() != null) {
                        trialOffers.put(variant.getId(), variant.getTrialOfferId());
                    }
                }
                running.put(placement, new Running(experiment.getId(), experiment.getSalt(), experiment.getStartDate(),
                        experiment.getEndDate(), specsOf(experiment), trialOffers));
            }
        }
        Map<Placement, PlacementDefaults> defaults = new HashMap<Placement, PlacementDefaults>();
        for (PlacementSetting setting : em.createQuery("SELECT s FROM PlacementSetting s", PlacementSetting.class).getResultList()) {
            Placement placement = Placement.fromCode(setting.getPlacement());
            if (placement != null) {
                defaults.put(placement, new PlacementDefaults(setting.isEnabled(), setting.getMaxItems() == null ? 0 : setting.getMaxItems(),
                        setting.getTitle(), Strategy.fromName(setting.getStrategy())));
            }
        }
        return new Snapshot(System.currentTimeMillis(), running, defaults);
    }

    /** The experiment's variants as specs, in their order. */
    public static List<VariantSpec> specsOf(CrossSellExperiment experiment) {
        List<VariantSpec> specs = new ArrayList<VariantSpec>();
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            specs.add(new VariantSpec(variant.getId(), variant.getName(), variant.getWeight(), variant.isControl(),
                    Treatment.fromName(variant.getTreatment()), variant.getTreatmentValue()));
        }
        return specs;
    }

    private static void check(ExperimentDefinition definition) {
        Map<String, String> problems = ExperimentValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new ExperimentValidationException(problems);
        }
    }

    /** Bundle discount variants name a bundle that exists, at a discount of its kind. */
    private void checkBundles(ExperimentDefinition definition) {
        Map<String, String> problems = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < definition.variants().size(); i++) {
            VariantSpec variant = definition.variants().get(i);
            BundleDiscountLevel level = BundleDiscountLevel.of(variant);
            if (level == null) {
                continue;
            }
            String at = "variant." + (i + 1) + ".value";
            BundleDefinition bundle = bundles == null ? null : bundles.read(level.bundleId());
            if (bundle == null) {
                problems.put(at, "There is no bundle " + level.bundleId() + ".");
            } else if (bundle.discountType() == BundleDiscountType.PERCENT && level.discount().compareTo(new BigDecimal("100")) >= 0) {
                problems.put(at, "\u201c" + bundle.name() + "\u201d takes a percentage off: below 100.");
            } else if (level.discount().compareTo(bundle.discountValue()) == 0) {
                problems.put(at, "That is the bundle's own discount (the control's); test another level.");
            }
        }
        if (!problems.isEmpty()) {
            throw new ExperimentValidationException(problems);
        }
    }

    /** Each bundle discount variant gets the Broadleaf offer that prices it for its visitors while the experiment runs. */
    private void openTrials(CrossSellExperiment experiment) {
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            BundleDiscountLevel level = Treatment.fromName(variant.getTreatment()) == Treatment.BUNDLE_DISCOUNT
                    ? BundleDiscountLevel.parse(variant.getTreatmentValue()) : null;
            if (level != null) {
                if (bundles == null) {
                    throw new ExperimentValidationException("variants", "Bundle discounts cannot be tested here (no bundle service).");
                }
                try {
                    variant.setTrialOfferId(bundles.openTrialOffer(level.bundleId(), level.discount(),
                            "experiment " + experiment.getId() + ", variant " + variant.getName()));
                } catch (BundleValidationException refused) {
                    throw new ExperimentValidationException("variants", refused.getMessage());
                }
            }
        }
    }

    private void closeTrials(CrossSellExperiment experiment) {
        for (CrossSellExperimentVariant variant : experiment.getVariants()) {
            if (variant.getTrialOfferId() != null) {
                bundles.closeTrialOffer(variant.getTrialOfferId());
            }
        }
    }

    /** The winning level becomes the bundle's own discount, for everyone. */
    private void adoptBundleDiscount(BundleDiscountLevel level) {
        BundleDefinition bundle = level == null || bundles == null ? null : bundles.read(level.bundleId());
        if (bundle == null) {
            throw new ExperimentValidationException("variant", "The bundle this variant tested no longer exists.");
        }
        bundles.update(level.bundleId(), bundle.toBuilder().discount(bundle.discountType(), level.discount()).build());
    }

    private CrossSellExperiment existing(long experimentId) {
        CrossSellExperiment experiment = em.find(CrossSellExperimentImpl.class, experimentId);
        if (experiment == null) {
            throw new ExperimentValidationException("id", "There is no experiment " + experimentId + ".");
        }
        return experiment;
    }

    private static boolean sameVariants(CrossSellExperiment experiment, ExperimentDefinition definition) {
        List<VariantSpec> saved = specsOf(experiment);
        if (saved.size() != definition.variants().size()) {
            return false;
        }
        for (int i = 0; i < saved.size(); i++) {
            VariantSpec a = saved.get(i);
            VariantSpec b = definition.variants().get(i);
            if (a.weight() != b.weight() || a.isControl() != b.isControl() || a.treatment() != b.treatment()
                    || !String.valueOf(a.value()).trim().equals(String.valueOf(b.value()).trim())) {
                return false;
            }
        }
        return true;
    }

    private void apply(ExperimentDefinition definition, CrossSellExperiment experiment) {
        experiment.setName(definition.name().trim());
        experiment.setHypothesis(definition.hypothesis());
        experiment.setPlacement(definition.placement());
        experiment.setStartDate(definition.startDate());
        experiment.setEndDate(definition.endDate());
        experiment.setPrimaryMetric(definition.primaryMetric() == null ? "REVENUE_PER_VISITOR" : definition.primaryMetric());
        experiment.setMinimumDetectableEffect(definition.minimumDetectableEffect());
        experiment.setDateUpdated(new Date());
        experiment.getVariants().clear();
        if (experiment.getId() != null) {
            em.flush();
        }
        int position = 1;
        for (VariantSpec spec : definition.variants()) {
            CrossSellExperimentVariant variant = new CrossSellExperimentVariantImpl();
            variant.setExperiment(experiment);
            variant.setPosition(position++);
            variant.setName(spec.name().trim());
            variant.setWeight(spec.weight());
            variant.setControl(spec.isControl());
            variant.setTreatment(spec.treatment().name());
            variant.setTreatmentValue(spec.value() == null || spec.value().trim().isEmpty() ? null : spec.value().trim());
            experiment.getVariants().add(variant);
        }
    }

    /** Forgets the snapshot, so this JVM sees its own change at once (others within the refresh interval). */
    private CrossSellExperiment changed(CrossSellExperiment experiment) {
        snapshot = null;
        return experiment;
    }
}
