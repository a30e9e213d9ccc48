package io.crosssell.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DemoOrderHistoryTest {

    @Test
    void sameSeedGivesTheSameOrders() {
        List<DemoOrderHistory.Order> first = DemoOrderHistory.generate(300, 7L);
        List<DemoOrderHistory.Order> second = DemoOrderHistory.generate(300, 7L);

        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).orderNumber).isEqualTo(first.get(i).orderNumber);
            assertThat(second.get(i).customerId).isEqualTo(first.get(i).customerId);
            assertThat(second.get(i).submitDate).isEqualTo(first.get(i).submitDate);
            assertThat(second.get(i).lines).extracting("productId").isEqualTo(
                    extractProductIds(first.get(i).lines));
        }
    }

    @Test
    void defaultHistoryHasAtLeastTwoThousandNonEmptyOrdersOfKnownProducts() {
        List<DemoOrderHistory.Order> orders = DemoOrderHistory.generate();

        assertThat(orders).hasSizeGreaterThanOrEqualTo(DemoSeedVerifier.MIN_SUBMITTED_ORDERS);
        Set<String> numbers = new HashSet<String>();
        for (DemoOrderHistory.Order order : orders) {
            assertThat(order.lines).isNotEmpty();
            assertThat(order.customerId).isBetween(1L, (long) DemoOrderHistory.CUSTOMER_COUNT);
            numbers.add(order.orderNumber);
            for (DemoOrderHistory.Line line : order.lines) {
                assertThat(DemoCatalog.get(line.productId).state).isNotEqualTo(DemoCatalog.State.INACTIVE);
                assertThat(line.quantity).isPositive();
            }
        }
        assertThat(numbers).hasSameSizeAs(orders);
    }

    @Test
    void bikesAreBoughtWithHelmetsFarMoreOftenThanChance() {
        List<DemoOrderHistory.Order> orders = DemoOrderHistory.generate();
        int commuterBike = 0;
        int urbanHelmet = 0;
        int both = 0;
        for (DemoOrderHistory.Order order : orders) {
            Set<Long> ids = new HashSet<Long>(extractProductIds(order.lines));
            boolean bike = ids.contains(101L);
            boolean helmet = ids.contains(111L);
            commuterBike += bike ? 1 : 0;
            urbanHelmet += helmet ? 1 : 0;
            both += bike && helmet ? 1 : 0;
        }
        double lift = (double) both * orders.size() / ((double) commuterBike * urbanHelmet);

        assertThat(both).isGreaterThan(100);
        assertThat(lift).isGreaterThan(2.0);
    }

    private static List<Long> extractProductIds(List<DemoOrderHistory.Line> lines) {
        List<Long> ids = new java.util.ArrayList<Long>();
        for (DemoOrderHistory.Line line : lines) {
            ids.add(line.productId);
        }
        return ids;
    }
}
