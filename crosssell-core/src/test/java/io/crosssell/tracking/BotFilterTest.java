package io.crosssell.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BotFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "facebookexternalhit/1.1",
        "Mozilla/5.0 (compatible; AhrefsBot/7.0)", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0", "curl/8.5.0",
        "python-requests/2.31", "Mozilla/5.0 (compatible; YandexBot/3.0)", "SiteMonitorBot", "Slurp", "", " "})
    void crawlersAndEmptyAgentsAreBots(String userAgent) {
        assertThat(BotFilter.isBot(userAgent)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "Mozilla/5.0 (Linux; Android 14; Bottle-Green Phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"})
    void browsersAreShoppers(String userAgent) {
        assertThat(BotFilter.isBot(userAgent)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aMissingAgentIsABot() {
        assertThat(BotFilter.isBot(null)).isTrue();
    }
}
