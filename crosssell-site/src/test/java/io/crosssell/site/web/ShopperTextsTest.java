package io.crosssell.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import io.crosssell.site.MessageFiles;

/** Every text the storefront endpoints answer shoppers with is in every language file, and comes out in the shopper's language. */
class ShopperTextsTest {

    /** The add-on service's refusal codes a shopper can meet (io.crosssell.addon.AddOnException in the cart). */
    private static final List<String> ADD_ON_REFUSALS = Arrays.asList("bad-request", "no-items-to-wrap", "bad-message", "not-eligible", "unknown-addon",
            "not-in-cart", "no-cart", "already-added", "failed");

    private static List<String> keysTheControllersUse() {
        List<String> keys = new ArrayList<String>();
        for (CrossSellAddToCartController.Refusal refusal : CrossSellAddToCartController.Refusal.values()) {
            keys.add(refusal.key());
            if (refusal.namedKey() != null) {
                keys.add(refusal.namedKey());
            }
        }
        keys.add(CrossSellAddToCartController.ADDED_ONE);
        keys.add(CrossSellAddToCartController.ADDED_MANY);
        keys.add(CrossSellAddOnController.ADDED);
        keys.add(CrossSellAddOnController.REMOVED);
        for (String code : ADD_ON_REFUSALS) {
            keys.add(CrossSellAddOnController.errorKey(code));
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_de", "_es"})
    void everyKeyTheControllersUseIsInEveryLanguageFile(String suffix) throws IOException {
        Properties texts = MessageFiles.load("messages/CrossSellMessages" + suffix + ".properties");

        assertThat(texts.stringPropertyNames()).containsAll(keysTheControllersUse());
    }

    @Test
    void answersInTheShoppersLanguageWithTheItemNamed() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasename("classpath:messages/CrossSellMessages");
        source.setFallbackToSystemLocale(false);
        ShopperTexts texts = new ShopperTexts(source);

        assertThat(texts.text(Locale.FRANCE, CrossSellAddToCartController.ADDED_MANY, 3)).isEqualTo("3 articles ajout\u00e9s \u00e0 votre panier.");
        assertThat(texts.text(Locale.GERMANY, CrossSellAddOnController.ADDED)).isEqualTo("Zu Ihrer Bestellung hinzugef\u00fcgt.");
        assertThat(texts.text(Locale.FRANCE, CrossSellAddToCartController.Refusal.NOT_OFFERED.namedKey(), "Heavy U-Lock"))
                .isEqualTo("\u00ab Heavy U-Lock \u00bb n\u2019est plus disponible. Rien n\u2019a \u00e9t\u00e9 ajout\u00e9 ; les autres articles peuvent encore \u00eatre ajout\u00e9s.");
        assertThat(texts.text(Locale.FRANCE, CrossSellAddToCartController.Refusal.NO_ITEMS.key())).isEqualTo("Choisissez au moins un article.");
        assertThat(texts.text(Locale.US, CrossSellAddToCartController.ADDED_ONE)).isEqualTo("Added 1 item to your cart.");
    }
}
