package io.crosssell.bundle.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleDiscountType;
import io.crosssell.bundle.BundleMember;
import io.crosssell.bundle.BundleValidationException;
import io.crosssell.bundle.BundleValidator;
import io.crosssell.bundle.dao.CrossSellBundleDao;
import io.crosssell.bundle.domain.BundleTrialOffer;
import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.domain.CrossSellBundleItem;

/** {@link BundleService} on Broadleaf: validation, the bundle entity and its offer in one transaction. */
public class BundleServiceImpl implements BundleService {

    static final long REFRESH_MILLIS = 5000;

    private final CrossSellBundleDao dao;
    private final BundleOfferSynchronizer offers;
    private final CatalogService catalogService;
    private final BundleValidator validator;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private volatile Snapshot snapshot;

    public BundleServiceImpl(CrossSellBundleDao dao, BundleOfferSynchronizer offers, CatalogService catalogService,
            PlatformTransactionManager transactionManager) {
        this.dao = dao;
        this.offers = offers;
        this.catalogService = catalogService;
        this.validator = new BundleValidator(new BroadleafBundleCatalog(catalogService));
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** The bundles as last read, and the fingerprint they were read at. */
    private static final class Snapshot {
        final String fingerprint;
        final long checkedAt;
        final List<BundleDefinition> bundles;
        final Map<Long, String> namesByOfferId;
        final Map<Long, Long> idsByOfferId;

        Snapshot(String fingerprint, long checkedAt, List<BundleDefinition> bundles, Map<Long, String> namesByOfferId,
                Map<Long, Long> idsByOfferId) {
            this.fingerprint = fingerprint;
            this.checkedAt = checkedAt;
            this.bundles = bundles;
            this.namesByOfferId = namesByOfferId;
            this.idsByOfferId = idsByOfferId;
        }
    }

    @Override
    public BundleDefinition create(final BundleDefinition bundle) {
        return saved(writing.execute(new TransactionCallback<BundleDefinition>() {
            @Override
            public BundleDefinition doInTransaction(TransactionStatus status) {
                validator.check(bundle);
                CrossSellBundle entity = dao.save(apply(bundle, dao.create()));
                entity.setOffer(offers.synchronize(entity));
                return definitionOf(dao.save(entity));
            }
        }));
    }

    @Override
    public BundleDefinition update(final long bundleId, final BundleDefinition bundle) {
        return saved(writing.execute(new TransactionCallback<BundleDefinition>() {
            @Override
            public BundleDefinition doInTransaction(TransactionStatus status) {
                CrossSellBundle entity = existing(bundleId);
                validator.check(bundle);
                if (bundle.discountType() != entity.getDiscountType() && !offers.openTrials(bundleId).isEmpty()) {
                    throw new BundleValidationException(Collections.singletonList("An experiment tests this bundle's discount"
                            + " level: stop it before changing between a percentage and an amount."));
                }
                apply(bundle, entity);
                entity.setOffer(offers.synchronize(entity));
                return definitionOf(dao.save(entity));
            }
        }));
    }

    @Override
    public void delete(final long bundleId) {
        writing.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                CrossSellBundle entity = existing(bundleId);
                for (BundleTrialOffer trial : offers.openTrials(bundleId)) {
                    offers.closeTrial(trial.getOfferId());
                }
                offers.retire(entity.getOffer());
                dao.delete(entity);
                return null;
            }
        });
        snapshot = null;
    }

    @Override
    public List<String> problems(final BundleDefinition bundle) {
        return reading.execute(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                return validator.problems(bundle);
            }
        });
    }

    @Override
    public List<BundleValidator.Problem> problemsAt(final BundleDefinition bundle) {
        return reading.execute(new TransactionCallback<List<BundleValidator.Problem>>() {
            @Override
            public List<BundleValidator.Problem> doInTransaction(TransactionStatus status) {
                return validator.problemsAt(bundle);
            }
        });
    }

    @Override
    public BundleDefinition read(final long bundleId) {
        return reading.execute(new TransactionCallback<BundleDefinition>() {
            @Override
            public BundleDefinition doInTransaction(TransactionStatus status) {
                CrossSellBundle entity = dao.readById(bundleId);
                return entity == null ? null : definitionOf(entity);
            }
        });
    }

    @Override
    public List<BundleDefinition> bundles() {
        return current().bundles;
    }

    @Override
    public Map<Long, String> bundleNamesByOfferId() {
        return current().namesByOfferId;
    }

    @Override
    public Map<Long, Long> bundleIdsByOfferId() {
        return current().idsByOfferId;
    }

    @Override
    public long openTrialOffer(final long bundleId, final BigDecimal discountValue, final String label) {
        return saved(writing.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                CrossSellBundle entity = existing(bundleId);
                boolean percent = entity.getDiscountType() == BundleDiscountType.PERCENT;
                if (discountValue == null || discountValue.signum() <= 0
                        || (percent && discountValue.compareTo(new BigDecimal("100")) >= 0)) {
                    throw new BundleValidationException(Collections.singletonList("Bundle " + bundleId + " takes "
                            + (percent ? "a percentage above 0 and below 100." : "an amount above 0.")));
                }
                return offers.openTrial(entity, discountValue, label).getId();
            }
        }));
    }

    @Override
    public void refresh() {
        snapshot = null;
    }

    @Override
    public void closeTrialOffer(final long offerId) {
        writing.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                offers.closeTrial(offerId);
                return null;
            }
        });
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = System.currentTimeMillis();
        if (known != null && now - known.checkedAt < REFRESH_MILLIS) {
            return known;
        }
        Snapshot fresh = reading.execute(new TransactionCallback<Snapshot>() {
            @Override
            public Snapshot doInTransaction(TransactionStatus status) {
                String fingerprint = dao.readChangeFingerprint();
                Snapshot previous = snapshot;
                if (previous != null && previous.fingerprint.equals(fingerprint)) {
                    return new Snapshot(fingerprint, System.currentTimeMillis(), previous.bundles, previous.namesByOfferId,
                            previous.idsByOfferId);
                }
                List<BundleDefinition> bundles = new ArrayList<BundleDefinition>();
                Map<Long, String> names = new HashMap<Long, String>();
                Map<Long, Long> ids = new HashMap<Long, Long>();
                Map<Long, String> namesByBundleId = new HashMap<Long, String>();
                for (CrossSellBundle entity : dao.readAll()) {
                    bundles.add(definitionOf(entity));
                    namesByBundleId.put(entity.getId(), entity.getName());
                    if (entity.getOffer() != null) {
                        names.put(entity.getOffer().getId(), entity.getName());
                        ids.put(entity.getOffer().getId(), entity.getId());
                    }
                }
                for (Object[] trial : dao.readTrialOffers()) {
                    Long offerId = (Long) trial[0];
                    Long bundleId = (Long) trial[1];
                    if (namesByBundleId.containsKey(bundleId)) {
                        names.put(offerId, namesByBundleId.get(bundleId));
                        ids.put(offerId, bundleId);
                    }
                }
                return new Snapshot(fingerprint, System.currentTimeMillis(), Collections.unmodifiableList(bundles),
                        Collections.unmodifiableMap(names), Collections.unmodifiableMap(ids));
            }
        });
        snapshot = fresh;
        return fresh;
    }

    private <T> T saved(T result) {
        snapshot = null;
        return result;
    }

    private CrossSellBundle existing(long bundleId) {
        CrossSellBundle entity = dao.readById(bundleId);
        if (entity == null) {
            throw new BundleValidationException(Collections.singletonList("There is no bundle " + bundleId + "."));
        }
        return entity;
    }

    private CrossSellBundle apply(BundleDefinition bundle, CrossSellBundle entity) {
        entity.setName(bundle.name().trim());
        entity.setDiscountType(bundle.discountType());
        entity.setDiscountValue(bundle.discountValue());
        entity.setStartDate(bundle.startDate());
        entity.setEndDate(bundle.endDate());
        entity.setActive(bundle.isActive());
        entity.getItems().clear();
        int position = 1;
        for (BundleMember member : bundle.members()) {
            CrossSellBundleItem item = dao.createItem();
            item.setBundle(entity);
            item.setPosition(position++);
            if (member.isProduct()) {
                item.setProduct(catalogService.findProductById(member.productId()));
            } else {
                item.setCategory(catalogService.findCategoryById(member.categoryId()));
            }
            entity.getItems().add(item);
        }
        return entity;
    }

    static BundleDefinition definitionOf(CrossSellBundle entity) {
        BundleDefinition.Builder builder = BundleDefinition.builder(entity.getName()).id(entity.getId())
                .discount(entity.getDiscountType(), entity.getDiscountValue())
                .dates(entity.getStartDate(), entity.getEndDate()).active(entity.isActive());
        for (CrossSellBundleItem item : entity.getItems()) {
            if (item.getProduct() != null) {
                builder.product(item.getProduct().getId());
            } else if (item.getCategory() != null) {
                builder.anyOfCategory(item.getCategory().getId());
            }
        }
        return builder.build();
    }
}
