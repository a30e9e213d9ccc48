package io.crosssell.tracking.attribution;

import java.util.concurrent.Callable;

/**
 * The order item attributes that say which widget a line was added from, and the guard that lets only the
 * module's own add-to-cart set them: a shopper posting {@code itemAttributes[crosssell.placement]} to Broadleaf's
 * add-to-cart gets them removed (GuardCrossSellAttributesActivity), so attribution cannot be forged that way.
 */
public final class WidgetAdds {

    /** Order item attribute: the placement the line was added from (fbt, cart, confirmation). */
    public static final String PLACEMENT = "crosssell.placement";
    /** Order item attribute: the product the widget was shown for (fbt only). */
    public static final String ANCHOR = "crosssell.anchor";
    /** Prefix of every attribute the module keeps on order items. */
    public static final String PREFIX = "crosssell.";

    private static final ThreadLocal<Boolean> ADDING = new ThreadLocal<Boolean>();

    private WidgetAdds() {
    }

    /** Runs the adds as the module's own, so their {@link #PREFIX} attributes are kept. */
    public static <T> T asWidgetAdd(Callable<T> adds) throws Exception {
        Boolean outer = ADDING.get();
        ADDING.set(Boolean.TRUE);
        try {
            return adds.call();
        } finally {
            if (outer == null) {
                ADDING.remove();
            }
        }
    }

    public static boolean isWidgetAdd() {
        return Boolean.TRUE.equals(ADDING.get());
    }
}
