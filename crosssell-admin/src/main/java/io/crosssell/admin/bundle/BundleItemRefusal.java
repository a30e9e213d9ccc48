package io.crosssell.admin.bundle;

import org.broadleafcommerce.common.exception.ServiceException;

/** A bundle item's removal refused for a reason the merchandiser should read (an active bundle keeps two items). */
public class BundleItemRefusal extends ServiceException {

    private static final long serialVersionUID = 1L;

    public BundleItemRefusal(String reason) {
        super(reason);
    }

    /** The refusal somewhere in the failure's causes, or null when the failure is something else. */
    static BundleItemRefusal in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BundleItemRefusal) {
                return (BundleItemRefusal) cause;
            }
        }
        return null;
    }
}
