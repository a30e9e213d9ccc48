package io.crosssell.bundle.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.crosssell.bundle.BundleDiscountType;
import io.crosssell.presentation.AdminChoice;

/** The admin's choice list for {@link BundleDiscountType}. */
public final class BundleDiscountTypeOption extends AdminChoice {

    private static final long serialVersionUID = 1L;

    // Broadleaf reads the choices from a static map named TYPES.
    private static final Map<String, BundleDiscountTypeOption> TYPES = new LinkedHashMap<String, BundleDiscountTypeOption>();

    public static final BundleDiscountTypeOption PERCENT = new BundleDiscountTypeOption(BundleDiscountType.PERCENT, "Percent off the set");
    public static final BundleDiscountTypeOption AMOUNT = new BundleDiscountTypeOption(BundleDiscountType.AMOUNT, "Amount off each complete set");

    public BundleDiscountTypeOption() {
    }

    private BundleDiscountTypeOption(BundleDiscountType value, String friendlyType) {
        super(value, friendlyType);
        TYPES.put(value.name(), this);
    }

    public static BundleDiscountTypeOption getInstance(String type) {
        return TYPES.get(type);
    }
}
