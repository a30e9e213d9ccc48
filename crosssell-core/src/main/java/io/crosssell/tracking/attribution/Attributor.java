package io.crosssell.tracking.attribution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.domain.OrderAttribution;

/**
 * Attributes an order's product lines, last touch wins: a line added from a widget belongs to that widget; else to
 * the shopper's last click on the product within the window before the order; else, as view-through, to the last
 * time it was shown. The placements shown within the window are the order's exposure (for attach rates).
 */
public final class Attributor {

    private final long windowMillis;

    /** @param windowMillis how long before the order a click or view still counts (default 7 days) */
    public Attributor(long windowMillis) {
        if (windowMillis < 1) {
            throw new IllegalArgumentException("The attribution window must be positive");
        }
        this.windowMillis = windowMillis;
    }

    /** What the order's lines owe to widgets (lines owing nothing are left out), and the placements it was shown. */
    public Result attribute(Collection<OrderLine> lines, Collection<ShopperTouch> touches, long orderMillis) {
        long since = orderMillis - windowMillis;
        List<AttributedLine> attributed = new ArrayList<AttributedLine>();
        Set<String> shown = new TreeSet<String>();
        for (ShopperTouch touch : touches) {
            if (touch.kind() == TrackingEvent.Kind.IMPRESSION && within(touch, since, orderMillis)) {
                shown.add(touch.placement());
            }
        }
        for (OrderLine line : lines) {
            if (line.addedFromPlacement() != null) {
                attributed.add(new AttributedLine(line, line.addedFromPlacement(), line.addedFromAnchor(), OrderAttribution.Touch.ADD));
                shown.add(line.addedFromPlacement());
                continue;
            }
            ShopperTouch click = last(touches, TrackingEvent.Kind.CLICK, line.productId(), since, orderMillis);
            if (click != null) {
                attributed.add(new AttributedLine(line, click.placement(), click.anchorProductId(), OrderAttribution.Touch.CLICK));
                shown.add(click.placement());
                continue;
            }
            ShopperTouch view = last(touches, TrackingEvent.Kind.IMPRESSION, line.productId(), since, orderMillis);
            if (view != null) {
                attributed.add(new AttributedLine(line, view.placement(), view.anchorProductId(), OrderAttribution.Touch.VIEW));
            }
        }
        return new Result(attributed, shown);
    }

    private static boolean within(ShopperTouch touch, long since, long until) {
        return touch.epochMillis() >= since && touch.epochMillis() <= until;
    }

    private static ShopperTouch last(Collection<ShopperTouch> touches, TrackingEvent.Kind kind, long productId, long since,
            long until) {
        ShopperTouch last = null;
        for (ShopperTouch touch : touches) {
            if (touch.kind() == kind && touch.itemProductId() == productId && within(touch, since, until)
                    && (last == null || touch.epochMillis() >= last.epochMillis())) {
                last = touch;
            }
        }
        return last;
    }

    /** The attributed lines and the placements shown. */
    public static final class Result {
        private final List<AttributedLine> lines;
        private final Set<String> shownPlacements;

        Result(List<AttributedLine> lines, Set<String> shownPlacements) {
            this.lines = lines;
            this.shownPlacements = shownPlacements;
        }

        public List<AttributedLine> lines() {
            return lines;
        }

        public Set<String> shownPlacements() {
            return shownPlacements;
        }

        /** Lines added or clicked (view-through not counted). */
        public int attributedCount() {
            int count = 0;
            for (AttributedLine line : lines) {
                if (line.isAttributed()) {
                    count++;
                }
            }
            return count;
        }
    }
}
