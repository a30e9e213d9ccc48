package io.crosssell.admin.rule;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.PersistencePerspective;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import io.crosssell.rule.domain.CrossSellRule;
import io.crosssell.rule.engine.RuleValidator;
import io.crosssell.rule.service.RuleValidationService;

/**
 * Broadleaf admin saves of cross-sell rules go through {@link RuleValidationService}: a rule with errors is
 * not saved and the admin form shows each message at its field; warnings do not stop the save.
 */
public class CrossSellRulePersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(CrossSellRulePersistenceHandler.class);

    private final RuleValidationService validation;

    public CrossSellRulePersistenceHandler(RuleValidationService validation) {
        this.validation = validation;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return isRule(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return isRule(persistencePackage);
    }

    private static boolean isRule(PersistencePackage persistencePackage) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        if (ceiling == null) {
            return false;
        }
        try {
            return CrossSellRule.class.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
            CrossSellRule rule = (CrossSellRule) Class.forName(entity.getType()[0]).newInstance();
            rule = (CrossSellRule) helper.createPopulatedInstance(rule, entity, properties, false);
            return save(entity, rule, dynamicEntityDao, helper, properties);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Could not add cross-sell rule", e);
            throw new ServiceException("Unable to add entity for " + entity.getType()[0], e);
        }
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = properties(persistencePackage, helper);
            Object primaryKey = helper.getPrimaryKey(entity, properties);
            CrossSellRule rule = (CrossSellRule) dynamicEntityDao.retrieve(Class.forName(entity.getType()[0]), primaryKey);
            rule = (CrossSellRule) helper.createPopulatedInstance(rule, entity, properties, false);
            return save(entity, rule, dynamicEntityDao, helper, properties);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            LOG.error("Could not update cross-sell rule", e);
            throw new ServiceException("Unable to update entity for " + entity.getType()[0], e);
        }
    }

    private Entity save(Entity entity, CrossSellRule rule, DynamicEntityDao dynamicEntityDao, RecordHelper helper,
            Map<String, FieldMetadata> properties) throws ServiceException {
        if (entity.isValidationFailure()) {
            rollBack();
            return entity;
        }
        RuleValidator.Result result = validation.check(rule);
        if (!result.isValid()) {
            List<String> fields = result.errorFields();
            for (int i = 0; i < result.errors().size(); i++) {
                entity.addValidationError(fields.get(i), result.errors().get(i));
            }
            // The retrieved rule was already changed in this transaction: nothing of it may be written.
            rollBack();
            return entity;
        }
        CrossSellRule saved = (CrossSellRule) dynamicEntityDao.merge(rule);
        return helper.getRecord(properties, saved, null, null);
    }

    private static Map<String, FieldMetadata> properties(PersistencePackage persistencePackage, RecordHelper helper)
            throws ServiceException {
        PersistencePerspective perspective = persistencePackage.getPersistencePerspective();
        return helper.getSimpleMergedProperties(CrossSellRule.class.getName(), perspective);
    }

    private static void rollBack() {
        try {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } catch (RuntimeException noTransaction) {
            LOG.debug("No transaction to roll back: " + noTransaction);
        }
    }
}
