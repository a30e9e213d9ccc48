package io.crosssell.admin.bundle;

import java.math.BigDecimal;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.presentation.client.OperationType;
import org.broadleafcommerce.openadmin.dto.CriteriaTransferObject;
import org.broadleafcommerce.openadmin.dto.DynamicResultSet;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.domain.CrossSellBundle;
import io.crosssell.bundle.domain.CrossSellBundleImpl;
import io.crosssell.bundle.service.BundleService;

/**
 * The bundle's own fields (name, discount, dates, active) as saved from Broadleaf's admin form: through
 * {@link BundleService}, so the bundle's offer changes with it and a bundle with problems is not saved (each
 * problem shown at its field). A new bundle starts as an inactive draft; its items are added on its screen.
 */
public class CrossSellBundlePersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(CrossSellBundlePersistenceHandler.class);

    private final BundleService bundles;

    public CrossSellBundlePersistenceHandler(BundleService bundles) {
        this.bundles = bundles;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return BundleForms.isCeiling(persistencePackage, CrossSellBundle.class);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    @Override
    public Boolean canHandleFetch(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    /** Broadleaf's own fetch, with the discount as a person writes it ("10", not the column's "10.00000"). */
    @Override
    public DynamicResultSet fetch(PersistencePackage persistencePackage, CriteriaTransferObject cto,
            DynamicEntityDao dynamicEntityDao, RecordHelper helper) throws ServiceException {
        DynamicResultSet results = helper.getCompatibleModule(OperationType.BASIC).fetch(persistencePackage, cto);
        for (Entity record : results.getRecords()) {
            Property discount = record.findProperty("discountValue");
            if (discount != null && discount.getValue() != null) {
                try {
                    discount.setValue(new BigDecimal(discount.getValue().trim()).stripTrailingZeros().toPlainString());
                } catch (NumberFormatException notANumber) {
                    // Left as Broadleaf wrote it.
                }
            }
        }
        return results;
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        return save(persistencePackage, dynamicEntityDao, helper, null);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        Map<String, FieldMetadata> properties = BundleForms.properties(persistencePackage, helper, CrossSellBundle.class);
        Long bundleId = BundleForms.longValue(helper.getPrimaryKey(entity, properties));
        BundleDefinition existing = bundleId == null ? null : bundles.read(bundleId);
        if (existing == null) {
            throw new ServiceException("There is no bundle " + bundleId + ".");
        }
        return save(persistencePackage, dynamicEntityDao, helper, existing);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        Map<String, FieldMetadata> properties = BundleForms.properties(persistencePackage, helper, CrossSellBundle.class);
        Long bundleId = BundleForms.longValue(helper.getPrimaryKey(entity, properties));
        if (bundleId == null || bundles.read(bundleId) == null) {
            throw new ServiceException("There is no bundle " + bundleId + ".");
        }
        bundles.delete(bundleId);
    }

    /** Saves the form's fields; an existing bundle keeps its items. */
    private Entity save(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper,
            BundleDefinition existing) throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = BundleForms.properties(persistencePackage, helper, CrossSellBundle.class);
            // A detached instance only parses the form: nothing managed changes before validation passes.
            CrossSellBundleImpl form = (CrossSellBundleImpl) helper.createPopulatedInstance(new CrossSellBundleImpl(),
                    entity, properties, false);
            if (entity.isValidationFailure()) {
                return entity;
            }
            // A new bundle has no items yet (they are added on its screen once saved), so it starts inactive.
            BundleDefinition.Builder definition = existing == null
                    ? BundleDefinition.builder(form.getName()).active(false)
                    : existing.toBuilder().name(form.getName()).active(form.isActive());
            definition.discount(BundleForms.discountType(entity), form.getDiscountValue())
                    .dates(form.getStartDate(), form.getEndDate());
            BundleDefinition candidate = definition.build();
            if (BundleForms.reportOnBundleForm(bundles.problemsAt(candidate), entity)) {
                return entity;
            }
            BundleDefinition saved = existing == null ? bundles.create(candidate) : bundles.update(existing.id(), candidate);
            CrossSellBundle stored = (CrossSellBundle) dynamicEntityDao.retrieve(CrossSellBundleImpl.class, saved.id());
            return helper.getRecord(properties, stored, null, null);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Could not save cross-sell bundle", e);
            throw new ServiceException("Unable to save bundle: " + e.getMessage(), e);
        }
    }
}
