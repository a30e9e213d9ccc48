package io.crosssell.addon.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import io.crosssell.addon.AddOnKind;
import io.crosssell.presentation.AdminChoice;

/** The admin's choice list for {@link AddOnKind}. */
public final class AddOnKindOption extends AdminChoice {

    private static final long serialVersionUID = 1L;

    // Broadleaf reads the choices from a static map named TYPES.
    private static final Map<String, AddOnKindOption> TYPES = new LinkedHashMap<String, AddOnKindOption>();

    public static final AddOnKindOption GIFT_WRAP = new AddOnKindOption(AddOnKind.GIFT_WRAP, "Gift wrap");
    public static final AddOnKindOption WARRANTY = new AddOnKindOption(AddOnKind.WARRANTY, "Extended warranty");
    public static final AddOnKindOption EXPRESS_DELIVERY = new AddOnKindOption(AddOnKind.EXPRESS_DELIVERY, "Express delivery");

    public AddOnKindOption() {
    }

    private AddOnKindOption(AddOnKind value, String friendlyType) {
        super(value, friendlyType);
        TYPES.put(value.name(), this);
    }

    public static AddOnKindOption getInstance(String type) {
        return TYPES.get(type);
    }
}
