package io.crosssell.presentation;

import java.io.Serializable;

import org.broadleafcommerce.common.BroadleafEnumerationType;

/**
 * One entry of a choice list in Broadleaf's admin forms. Broadleaf builds the list from a class's public
 * static fields of its own type; subclasses declare those, one per value of a plain Java enum.
 */
public abstract class AdminChoice implements Serializable, BroadleafEnumerationType {

    private static final long serialVersionUID = 1L;

    private String type;
    private String friendlyType;

    /** For Broadleaf's admin, which instantiates enumeration types reflectively. */
    protected AdminChoice() {
    }

    protected AdminChoice(Enum<?> value, String friendlyType) {
        this.type = value.name();
        this.friendlyType = friendlyType;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && type != null
                && type.equals(((AdminChoice) other).type);
    }

    @Override
    public int hashCode() {
        return type == null ? 0 : type.hashCode();
    }
}
