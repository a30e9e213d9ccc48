package io.crosssell.tracking.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.domain.OrderAttribution;

class AttributorTest {

    private static final long ORDER_TIME = 1_796_126_400_000L;
    private static final long DAY = TimeUnit.DAYS.toMillis(1);
    private final Attributor attributor = new Attributor(7 * DAY);

    private static OrderLine line(long lineId, long productId) {
        return new OrderLine(lineId, productId, 1, new BigDecimal("54.99"), null, null);
    }

    private static ShopperTouch touch(TrackingEvent.Kind kind, String placement, long item, long millisBeforeOrder) {
        return new ShopperTouch(kind, placement, "fbt".equals(placement) ? 101L : null, item, ORDER_TIME - millisBeforeOrder);
    }

    @Test
    void aLineAddedFromAWidgetBelongsToThatWidgetWhateverWasClicked() {
        OrderLine added = new OrderLine(1, 133, 2, new BigDecimal("109.98"), "fbt", 101L);

        Attributor.Result result = attributor.attribute(Collections.singleton(added),
                Collections.singleton(touch(TrackingEvent.Kind.CLICK, "cart", 133, 1000)), ORDER_TIME);

        assertThat(result.lines()).hasSize(1);
        AttributedLine line = result.lines().get(0);
        assertThat(line.placement()).isEqualTo("fbt");
        assertThat(line.anchorProductId()).isEqualTo(101L);
        assertThat(line.touch()).isEqualTo(OrderAttribution.Touch.ADD);
        assertThat(result.attributedCount()).isEqualTo(1);
    }

    @Test
    void otherwiseTheLastClickWithinTheWindowWins() {
        Attributor.Result result = attributor.attribute(Collections.singleton(line(1, 133)), Arrays.asList(
                touch(TrackingEvent.Kind.CLICK, "fbt", 133, 3 * DAY),
                touch(TrackingEvent.Kind.CLICK, "cart", 133, DAY),
                touch(TrackingEvent.Kind.CLICK, "confirmation", 133, 8 * DAY)), ORDER_TIME);

        assertThat(result.lines()).extracting("placement").containsExactly("cart");
        assertThat(result.lines().get(0).touch()).isEqualTo(OrderAttribution.Touch.CLICK);
    }

    @Test
    void aProductOnlyShownIsViewThroughAndNotCountedAsAttributed() {
        Attributor.Result result = attributor.attribute(Collections.singleton(line(1, 133)),
                Collections.singleton(touch(TrackingEvent.Kind.IMPRESSION, "fbt", 133, DAY)), ORDER_TIME);

        assertThat(result.lines()).extracting("touch").containsExactly(OrderAttribution.Touch.VIEW);
        assertThat(result.attributedCount()).isZero();
        assertThat(result.shownPlacements()).containsExactly("fbt");
    }

    @Test
    void clicksAndViewsOutsideTheWindowOrAfterTheOrderAttributeNothing() {
        Attributor.Result result = attributor.attribute(Collections.singleton(line(1, 133)), Arrays.asList(
                touch(TrackingEvent.Kind.CLICK, "fbt", 133, 7 * DAY + 1),
                touch(TrackingEvent.Kind.IMPRESSION, "cart", 133, -1000)), ORDER_TIME);

        assertThat(result.lines()).isEmpty();
        assertThat(result.shownPlacements()).isEmpty();
    }

    @Test
    void linesOfOtherProductsAreLeftOutButTheirPlacementsCountAsShown() {
        Attributor.Result result = attributor.attribute(Arrays.asList(line(1, 101), line(2, 133)), Arrays.asList(
                touch(TrackingEvent.Kind.IMPRESSION, "cart", 140, DAY),
                touch(TrackingEvent.Kind.CLICK, "fbt", 133, DAY)), ORDER_TIME);

        assertThat(result.lines()).extracting("line.productId").containsExactly(133L);
        assertThat(result.shownPlacements()).containsExactlyInAnyOrder("cart", "fbt");
    }
}
