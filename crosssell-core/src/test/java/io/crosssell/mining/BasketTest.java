package io.crosssell.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BasketTest {

    @Test
    void keepsDistinctProductIdsAscending() {
        Basket basket = Basket.of(7, 30, 10, 20, 10, -5, Long.MAX_VALUE, 30);

        assertThat(basket.orderId()).isEqualTo(7);
        assertThat(basket.productIds()).containsExactly(-5, 10, 20, 30, Long.MAX_VALUE);
        assertThat(basket.size()).isEqualTo(5);
        assertThat(basket.contains(20)).isTrue();
        assertThat(basket.contains(21)).isFalse();
    }

    @Test
    void weighsOneUnlessGivenAWeight() {
        assertThat(Basket.of(1, 2, 3).weight()).isEqualTo(1.0);
        assertThat(Basket.weighted(1, 0.25, 2, 3).weight()).isEqualTo(0.25);
    }

    @Test
    void isNotChangedThroughTheArraysItWasGivenOrGave() {
        long[] ids = {3, 1, 2};
        Basket basket = Basket.of(1, ids);
        ids[0] = 99;
        basket.productIds()[0] = 99;

        assertThat(basket.productIds()).containsExactly(1, 2, 3);
    }

    @Test
    void mayBeEmpty() {
        assertThat(Basket.of(1).size()).isZero();
    }

    @Test
    void rejectsWeightsThatAreNotFiniteAndPositive() {
        for (double weight : new double[] {0, -1, -0.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Basket.weighted(1, weight, 2, 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weight");
        }
    }

    @Test
    void rejectsMissingProductIds() {
        assertThatThrownBy(() -> Basket.of(1, (long[]) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("productIds");
    }

    @Test
    void equalsAnotherWithTheSameOrderWeightAndProducts() {
        assertThat(Basket.of(1, 2, 3)).isEqualTo(Basket.weighted(1, 1.0, 3, 2, 2))
                .hasSameHashCodeAs(Basket.of(1, 3, 2));
        assertThat(Basket.of(1, 2, 3)).isNotEqualTo(Basket.of(2, 2, 3));
        assertThat(Basket.of(1, 2, 3)).isNotEqualTo(Basket.weighted(1, 2.0, 2, 3));
    }
}
