package io.crosssell.site.web;

/**
 * What the public JSON endpoint may tell anyone who asks. Reasons name order counts and lifts
 * ("bought together in 170 orders, lift 3.4"), which would let a competitor read sales volumes, so
 * they stay out unless a shop turns {@code crosssell.api.reasons} on (switchable at run time too).
 */
public class RecommendationApiSettings {

    private volatile boolean reasons;

    public boolean isReasons() {
        return reasons;
    }

    public void setReasons(boolean reasons) {
        this.reasons = reasons;
    }
}
