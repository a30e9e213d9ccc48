package io.crosssell.admin.addon;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import io.crosssell.addon.AddOnKind;
import io.crosssell.addon.AddOnPriceMode;
import io.crosssell.addon.AddOnValidator;
import io.crosssell.addon.domain.CrossSellAddOn;
import io.crosssell.addon.domain.CrossSellAddOnImpl;
import io.crosssell.addon.service.AddOnService;

/**
 * Admin saves of add-ons: the form's values are checked with the same rules {@link AddOnService#save} applies
 * (each problem shown on the form, nothing saved), then saved through the service. Carts pick up a new price
 * the next time they are priced.
 */
public class CrossSellAddOnPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(CrossSellAddOnPersistenceHandler.class);

    private final AddOnService addOns;

    public CrossSellAddOnPersistenceHandler(AddOnService addOns) {
        this.addOns = addOns;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        try {
            return ceiling != null && CrossSellAddOn.class.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    /** The message key of a refused delete (CrossSellAdminMessages). */
    static final String NOT_DELETED = "crosssell.addons.notDeleted";

    @Override
    public Boolean canHandleRemove(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        // Cart and order lines name their add-on; switching it off keeps them readable. A ValidationException is what
        // Broadleaf's delete shows on the edit screen (its message is a message key), not its generic error dialog.
        throw new ValidationException(persistencePackage.getEntity(), NOT_DELETED);
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        return save(persistencePackage, dynamicEntityDao, helper, new CrossSellAddOnImpl());
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
        Object addOnId = helper.getPrimaryKey(persistencePackage.getEntity(), properties);
        CrossSellAddOn existing = (CrossSellAddOn) dynamicEntityDao.retrieve(CrossSellAddOnImpl.class, addOnId);
        if (existing == null) {
            throw new ServiceException("There is no add-on " + addOnId + ".");
        }
        return save(persistencePackage, dynamicEntityDao, helper, existing);
    }

    private Entity save(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper,
            CrossSellAddOn addOn) throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
            AddOnKind kind = choice(AddOnKind.class, entity, "kind");
            AddOnPriceMode mode = choice(AddOnPriceMode.class, entity, "priceMode");
            CrossSellAddOn populated = (CrossSellAddOn) helper.createPopulatedInstance(addOn, entity, properties, false);
            if (entity.isValidationFailure()) {
                rollBack();
                return entity;
            }
            List<String> problems = AddOnValidator.problems(populated.getName(), kind, mode, populated.getAmount(),
                    populated.getPriceBands(), populated.getMaxMessageLength(), populated.getSku() != null);
            if (!problems.isEmpty()) {
                for (String problem : problems) {
                    entity.addGlobalValidationError(problem);
                }
                // An existing add-on was already changed in this transaction: nothing of it may be written.
                rollBack();
                return entity;
            }
            CrossSellAddOn saved = addOns.save(populated);
            return helper.getRecord(properties, saved, null, null);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Could not save add-on", e);
            throw new ServiceException("Unable to save add-on: " + e.getMessage(), e);
        }
    }

    /** The posted choice, or null (reported by the validator) when none or an unknown one was posted. */
    private static <E extends Enum<E>> E choice(Class<E> type, Entity entity, String field) {
        Property property = entity.findProperty(field);
        String posted = property == null ? null : property.getValue();
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(posted)) {
                return value;
            }
        }
        return null;
    }

    private static Map<String, FieldMetadata> properties(PersistencePackage persistencePackage, RecordHelper helper) {
        return helper.getSimpleMergedProperties(CrossSellAddOn.class.getName(), persistencePackage.getPersistencePerspective());
    }

    private static void rollBack() {
        try {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } catch (RuntimeException noTransaction) {
            LOG.debug("No transaction to roll back: " + noTransaction);
        }
    }
}
