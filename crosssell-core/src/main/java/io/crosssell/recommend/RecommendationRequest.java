package io.crosssell.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a placement asks for: the anchor products (the viewed product, the cart's or the order's
 * products), products never to offer (the cart), the customer, what the shopper viewed lately, and how many items
 * at most.
 */
public final class RecommendationRequest {

    private final Placement placement;
    private final List<Long> anchorProductIds;
    private final Set<Long> excludedProductIds;
    private final Long customerId;
    private final int limit;
    private final Strategy strategy;
    private final List<Long> recentlyViewed;

    private RecommendationRequest(Builder builder) {
        this.placement = builder.placement;
        this.anchorProductIds = Collections.unmodifiableList(new ArrayList<Long>(builder.anchors));
        this.excludedProductIds = Collections.unmodifiableSet(new HashSet<Long>(builder.excluded));
        this.customerId = builder.customerId;
        this.limit = builder.limit > 0 ? builder.limit : placement.defaultLimit();
        this.strategy = builder.strategy;
        this.recentlyViewed = Collections.unmodifiableList(new ArrayList<Long>(builder.viewed));
    }

    public static Builder forPlacement(Placement placement) {
        return new Builder(placement);
    }

    public Placement placement() {
        return placement;
    }

    public List<Long> anchorProductIds() {
        return anchorProductIds;
    }

    public Set<Long> excludedProductIds() {
        return excludedProductIds;
    }

    /** The customer whose past purchases are excluded, or null for none. */
    public Long customerId() {
        return customerId;
    }

    public int limit() {
        return limit;
    }

    /** Products the shopper viewed lately, most recent first (the session's), which personal ranking draws on. */
    public List<Long> recentlyViewed() {
        return recentlyViewed;
    }

    /** The tiers the items may come from ({@link Strategy#ALL} unless an experiment says otherwise). */
    public Strategy strategy() {
        return strategy;
    }

    /** Builds a request; anchors are also excluded from the result. */
    public static final class Builder {
        private final Placement placement;
        private final Set<Long> anchors = new java.util.LinkedHashSet<Long>();
        private final Set<Long> excluded = new HashSet<Long>();
        private Long customerId;
        private int limit;
        private Strategy strategy = Strategy.ALL;
        private final Set<Long> viewed = new java.util.LinkedHashSet<Long>();

        private Builder(Placement placement) {
            if (placement == null) {
                throw new IllegalArgumentException("A request needs a placement");
            }
            this.placement = placement;
        }

        public Builder anchor(long productId) {
            anchors.add(productId);
            return this;
        }

        public Builder anchors(Iterable<Long> productIds) {
            for (Long productId : productIds) {
                anchors.add(productId);
            }
            return this;
        }

        /** Products already in the cart (or otherwise never to offer). */
        public Builder exclude(Iterable<Long> productIds) {
            for (Long productId : productIds) {
                excluded.add(productId);
            }
            return this;
        }

        public Builder customer(Long id) {
            this.customerId = id;
            return this;
        }

        /** At most this many items; 0 or less means the placement's default. */
        public Builder limit(int maxItems) {
            this.limit = maxItems;
            return this;
        }

        /** What the shopper viewed lately, most recent first. */
        public Builder recentlyViewed(Iterable<Long> productIds) {
            for (Long productId : productIds) {
                viewed.add(productId);
            }
            return this;
        }

        public Builder strategy(Strategy tiers) {
            this.strategy = tiers == null ? Strategy.ALL : tiers;
            return this;
        }

        public RecommendationRequest build() {
            return new RecommendationRequest(this);
        }
    }
}
