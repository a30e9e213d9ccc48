package io.crosssell.addon.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.crosssell.addon.AddOnPriceMode;
import io.crosssell.presentation.AdminChoice;

/** The admin's choice list for {@link AddOnPriceMode}. */
public final class AddOnPriceModeOption extends AdminChoice {

    private static final long serialVersionUID = 1L;

    // Broadleaf reads the choices from a static map named TYPES.
    private static final Map<String, AddOnPriceModeOption> TYPES = new LinkedHashMap<String, AddOnPriceModeOption>();

    public static final AddOnPriceModeOption FIXED = new AddOnPriceModeOption(AddOnPriceMode.FIXED, "Fixed price");
    public static final AddOnPriceModeOption PERCENT = new AddOnPriceModeOption(AddOnPriceMode.PERCENT, "Percentage of the covered item or order total");
    public static final AddOnPriceModeOption BANDS = new AddOnPriceModeOption(AddOnPriceMode.BANDS, "Price bands");

    public AddOnPriceModeOption() {
    }

    private AddOnPriceModeOption(AddOnPriceMode value, String friendlyType) {
        super(value, friendlyType);
        TYPES.put(value.name(), this);
    }

    public static AddOnPriceModeOption getInstance(String type) {
        return TYPES.get(type);
    }
}
