package io.crosssell.tracking.attribution;

import io.crosssell.tracking.domain.OrderAttribution;

/** An order line with the widget that sold it and how: added from it, clicked in it, or only shown (view-through). */
public final class AttributedLine {

    private final OrderLine line;
    private final String placement;
    private final Long anchorProductId;
    private final OrderAttribution.Touch touch;

    public AttributedLine(OrderLine line, String placement, Long anchorProductId, OrderAttribution.Touch touch) {
        this.line = line;
        this.placement = placement;
        this.anchorProductId = anchorProductId;
        this.touch = touch;
    }

    public OrderLine line() {
        return line;
    }

    public String placement() {
        return placement;
    }

    public Long anchorProductId() {
        return anchorProductId;
    }

    public OrderAttribution.Touch touch() {
        return touch;
    }

    /** Added or clicked: counts as attributed revenue (view-through is reported apart). */
    public boolean isAttributed() {
        return touch != OrderAttribution.Touch.VIEW;
    }
}
