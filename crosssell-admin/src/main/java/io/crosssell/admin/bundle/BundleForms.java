package io.crosssell.admin.bundle;

import java.util.List;
import java.util.Map;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import io.crosssell.bundle.BundleDiscountType;
import io.crosssell.bundle.BundleValidator;

/** What the bundle and bundle-item handlers share: reading Broadleaf's persistence packages and reporting problems. */
final class BundleForms {

    private BundleForms() {
    }

    static boolean isCeiling(PersistencePackage persistencePackage, Class<?> type) {
        String ceiling = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        if (ceiling == null) {
            return false;
        }
        try {
            return type.isAssignableFrom(Class.forName(ceiling));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static Map<String, FieldMetadata> properties(PersistencePackage persistencePackage, RecordHelper helper, Class<?> type) {
        return helper.getSimpleMergedProperties(type.getName(), persistencePackage.getPersistencePerspective());
    }

    /** The submitted value of a form field, or null when it is absent or blank. */
    static String value(Entity entity, String name) {
        Property property = entity.findProperty(name);
        if (property == null || property.getValue() == null || property.getValue().trim().isEmpty()) {
            return null;
        }
        return property.getValue().trim();
    }

    static Long longValue(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The chosen discount type, or null (reported by the validator) when none or an unknown one was posted. */
    static BundleDiscountType discountType(Entity entity) {
        String posted = value(entity, "discountType");
        for (BundleDiscountType type : BundleDiscountType.values()) {
            if (type.name().equals(posted)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Puts each problem on the bundle form at its field; problems with the items, which the form does not
     * show, go to the top of the form. Returns whether there was any problem.
     */
    static boolean reportOnBundleForm(List<BundleValidator.Problem> problems, Entity entity) {
        for (BundleValidator.Problem problem : problems) {
            if ("items".equals(problem.field())) {
                entity.addGlobalValidationError(problem.message());
            } else {
                entity.addValidationError(problem.field(), problem.message());
            }
        }
        return !problems.isEmpty();
    }

    /** Puts every problem on a bundle item's form, at the given field. Returns whether there was any problem. */
    static boolean reportOnItemForm(List<BundleValidator.Problem> problems, Entity entity, String field) {
        for (BundleValidator.Problem problem : problems) {
            entity.addValidationError(field, problem.message());
        }
        return !problems.isEmpty();
    }
}
