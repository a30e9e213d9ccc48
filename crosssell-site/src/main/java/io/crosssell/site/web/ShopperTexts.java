package io.crosssell.site.web;

import java.util.Locale;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;

/**
 * The storefront endpoints' shopper-facing texts from the plugin's message files
 * ({@code messages/CrossSellMessages*.properties}), in the request's Broadleaf locale
 * ({@code ?blLocaleCode=fr_FR}), so a script's JSON message reads like the page it came from.
 */
public class ShopperTexts {

    private final MessageSource messages;

    public ShopperTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text for this key; with no arguments it is returned as written (an apostrophe stays single). */
    public String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    /** The text for this key, or the fallback when no message file has it. */
    public String textOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    static Locale locale() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        Locale locale = context == null ? null : context.getJavaLocale();
        return locale == null ? Locale.US : locale;
    }
}
