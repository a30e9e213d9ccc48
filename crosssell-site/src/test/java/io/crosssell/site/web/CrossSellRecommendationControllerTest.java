package io.crosssell.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.broadleafcommerce.common.money.Money;
import org.junit.jupiter.api.Test;

import io.crosssell.site.widget.CrossSellItemView;

class CrossSellRecommendationControllerTest {

    private final CrossSellItemView light = new CrossSellItemView(133, "Commuter Light Set", "/lights/commuter-light-set", null,
            new Money("54.99"), null, false, Arrays.asList("bought together in 170 orders, lift 3.4"));

    @Test
    void reasonsArePrivateUnlessTheShopTurnsThemOn() {
        assertThat(new RecommendationApiSettings().isReasons()).isFalse();
        assertThat(Json.write(CrossSellRecommendationController.item(light, false)))
                .contains("\"productId\":133", "\"price\":54.99")
                .doesNotContain("reasons", "170 orders");
    }

    @Test
    void reasonsAppearWithTheSettingOn() {
        RecommendationApiSettings settings = new RecommendationApiSettings();
        settings.setReasons(true);

        assertThat(Json.write(CrossSellRecommendationController.item(light, settings.isReasons())))
                .contains("\"reasons\":[\"bought together in 170 orders, lift 3.4\"]");
    }
}
