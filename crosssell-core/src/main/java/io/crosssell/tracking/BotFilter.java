package io.crosssell.tracking;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells crawlers from shoppers by their user agent, so that impressions count people. */
public final class BotFilter {

    // Words common crawlers, monitors and scripting tools put in their user agent.
    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|headless|lighthouse|pingdom"
            + "|uptime|curl/|wget/|python-requests|go-http-client|scrapy|ahrefs|semrush|yandex");

    private BotFilter() {
    }

    /** Whether the user agent is a crawler's, or missing (no browser sends none). */
    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.trim().isEmpty() || BOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }
}
