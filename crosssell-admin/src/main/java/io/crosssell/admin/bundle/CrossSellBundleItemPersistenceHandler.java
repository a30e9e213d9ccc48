package io.crosssell.admin.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import io.crosssell.bundle.BundleDefinition;
import io.crosssell.bundle.BundleMember;
import io.crosssell.bundle.BundleValidator;
import io.crosssell.bundle.domain.CrossSellBundleItem;
import io.crosssell.bundle.domain.CrossSellBundleItemImpl;
import io.crosssell.bundle.service.BundleService;

/**
 * Adding, changing and removing a bundle's items on its admin screen: each change is a new list of members
 * saved through {@link BundleService}, so it is validated as a whole (2–5 items for an active bundle, no
 * duplicates, buyable products) and the bundle's offer follows it.
 */
public class CrossSellBundleItemPersistenceHandler extends CustomPersistenceHandlerAdapter {

    private static final Log LOG = LogFactory.getLog(CrossSellBundleItemPersistenceHandler.class);
    private static final String BUNDLE_FIELD = "bundle";

    private final BundleService bundles;

    public CrossSellBundleItemPersistenceHandler(BundleService bundles) {
        this.bundles = bundles;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return BundleForms.isCeiling(persistencePackage, CrossSellBundleItem.class);
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
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        BundleDefinition bundle = bundleOf(entity);
        BundleMember member = memberOf(entity);
        if (member == null) {
            return entity;
        }
        List<BundleMember> members = new ArrayList<BundleMember>(bundle.members());
        members.add(insertionIndex(entity, members.size()), member);
        return save(persistencePackage, dynamicEntityDao, helper, bundle, members, member);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        BundleDefinition bundle = bundleOf(entity);
        int index = indexOfItem(dynamicEntityDao, bundle, BundleForms.longValue(BundleForms.value(entity, "id")));
        BundleMember member = memberOf(entity);
        if (member == null) {
            return entity;
        }
        List<BundleMember> members = new ArrayList<BundleMember>(bundle.members());
        members.remove(index);
        members.add(insertionIndex(entity, members.size()), member);
        return save(persistencePackage, dynamicEntityDao, helper, bundle, members, member);
    }

    @Override
    public void remove(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        BundleDefinition bundle = bundleOf(entity);
        int index = indexOfItem(dynamicEntityDao, bundle, BundleForms.longValue(BundleForms.value(entity, "id")));
        List<BundleMember> members = new ArrayList<BundleMember>(bundle.members());
        members.remove(index);
        BundleDefinition changed = bundle.toBuilder().members(members).build();
        List<String> problems = bundles.problems(changed);
        if (!problems.isEmpty()) {
            // Broadleaf's remove has no form to show errors on: the section's controller answers with the reason.
            throw new BundleItemRefusal("The item was not removed: " + problems.get(0));
        }
        bundles.update(bundle.id(), changed);
    }

    private Entity save(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper,
            BundleDefinition bundle, List<BundleMember> members, BundleMember member) throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        BundleDefinition changed = bundle.toBuilder().members(members).build();
        List<BundleValidator.Problem> problems = bundles.problemsAt(changed);
        if (BundleForms.reportOnItemForm(problems, entity, member.isProduct() ? "product" : "category")) {
            return entity;
        }
        try {
            bundles.update(bundle.id(), changed);
            CrossSellBundleItem saved = itemsOf(dynamicEntityDao, bundle.id()).get(members.indexOf(member));
            Map<String, FieldMetadata> properties = BundleForms.properties(persistencePackage, helper, CrossSellBundleItem.class);
            return helper.getRecord(properties, saved, null, null);
        } catch (RuntimeException e) {
            LOG.error("Could not save the items of bundle " + bundle.id(), e);
            throw new ServiceException("Unable to save the bundle's items: " + e.getMessage(), e);
        }
    }

    private BundleDefinition bundleOf(Entity entity) throws ServiceException {
        Long bundleId = BundleForms.longValue(BundleForms.value(entity, BUNDLE_FIELD));
        BundleDefinition bundle = bundleId == null ? null : bundles.read(bundleId);
        if (bundle == null) {
            throw new ServiceException("There is no bundle " + bundleId + ".");
        }
        return bundle;
    }

    /** The product or category chosen on the item form, or null (with the error on the form) when not exactly one. */
    private static BundleMember memberOf(Entity entity) {
        Long productId = BundleForms.longValue(BundleForms.value(entity, "product"));
        Long categoryId = BundleForms.longValue(BundleForms.value(entity, "category"));
        if ((productId == null) == (categoryId == null)) {
            entity.addValidationError("product", "Choose one product or one category for the item.");
            return null;
        }
        return productId != null ? BundleMember.product(productId) : BundleMember.anyOfCategory(categoryId);
    }

    /** Where the item goes: its position (1 = first) if one was given and fits, else last. */
    private static int insertionIndex(Entity entity, int size) {
        Long position = BundleForms.longValue(BundleForms.value(entity, "position"));
        if (position == null || position < 1 || position > size) {
            return size;
        }
        return position.intValue() - 1;
    }

    /** The bundle's stored items in their order (flushed first, so items saved just now have their ids). */
    private static List<CrossSellBundleItem> itemsOf(DynamicEntityDao dynamicEntityDao, long bundleId) {
        EntityManager em = dynamicEntityDao.getStandardEntityManager();
        em.flush();
        return em.createQuery("SELECT i FROM " + CrossSellBundleItemImpl.class.getName()
                + " i WHERE i.bundle.id = :bundleId ORDER BY i.position", CrossSellBundleItem.class)
                .setParameter("bundleId", bundleId).getResultList();
    }

    private static int indexOfItem(DynamicEntityDao dynamicEntityDao, BundleDefinition bundle, Long itemId)
            throws ServiceException {
        List<CrossSellBundleItem> items = itemsOf(dynamicEntityDao, bundle.id());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId().equals(itemId)) {
                return i;
            }
        }
        throw new ServiceException("Bundle " + bundle.id() + " has no item " + itemId + ".");
    }
}
