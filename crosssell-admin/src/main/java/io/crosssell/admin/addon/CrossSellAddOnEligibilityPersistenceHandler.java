package io.crosssell.admin.addon;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import io.crosssell.addon.domain.CrossSellAddOnEligibility;
import io.crosssell.addon.domain.CrossSellAddOnEligibilityImpl;

/** What an add-on covers, as added on its admin screen: one product or one category per entry, never both. */
public class CrossSellAddOnEligibilityPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(CrossSellAddOnEligibilityPersistenceHandler.class);

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        try {
            return ceiling != null && CrossSellAddOnEligibility.class.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return canHandleAdd(persistencePackage);
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        return save(persistencePackage, dynamicEntityDao, helper, new CrossSellAddOnEligibilityImpl());
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
        Object id = helper.getPrimaryKey(persistencePackage.getEntity(), properties);
        CrossSellAddOnEligibility existing = (CrossSellAddOnEligibility) dynamicEntityDao.retrieve(
                CrossSellAddOnEligibilityImpl.class, id);
        if (existing == null) {
            throw new ServiceException("There is no such entry " + id + ".");
        }
        return save(persistencePackage, dynamicEntityDao, helper, existing);
    }

    private Entity save(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper,
            CrossSellAddOnEligibility entry) throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
            CrossSellAddOnEligibility populated = (CrossSellAddOnEligibility) helper.createPopulatedInstance(entry,
                    entity, properties, false);
            if (!entity.isValidationFailure() && (populated.getProduct() == null) == (populated.getCategory() == null)) {
                entity.addValidationError("product", "Choose one product or one category for the entry.");
            }
            if (entity.isValidationFailure()) {
                // An existing entry was already changed in this transaction: nothing of it may be written.
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return entity;
            }
            return helper.getRecord(properties, (CrossSellAddOnEligibility) dynamicEntityDao.merge(populated), null, null);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Could not save what an add-on covers", e);
            throw new ServiceException("Unable to save the entry: " + e.getMessage(), e);
        }
    }

    private static Map<String, FieldMetadata> properties(PersistencePackage persistencePackage, RecordHelper helper) {
        return helper.getSimpleMergedProperties(CrossSellAddOnEligibility.class.getName(),
                persistencePackage.getPersistencePerspective());
    }
}
