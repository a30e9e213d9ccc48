package io.crosssell.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SameSitePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/cart", "/bikes/metro-commuter-bike", "/checkout?step=2", "/", "/a_b.c~d-e/%C3%A9"})
    void acceptsPathsOnThisSite(String path) {
        assertThat(SameSitePath.orElse(path, "/fallback")).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "///evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
        "http:/evil.example", "javascript:alert(1)", " /cart", "/cart\r\nLocation: //evil", "/ok//evil.example", "evil.example",
        "", "/cart#//evil", "/a b"})
    void replacesAnythingElseWithTheFallback(String path) {
        assertThat(SameSitePath.orElse(path, "/fallback")).isEqualTo("/fallback");
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndOverlongPaths() {
        StringBuilder overlong = new StringBuilder("/");
        while (overlong.length() <= SameSitePath.MAX_LENGTH) {
            overlong.append('a');
        }
        assertThat(SameSitePath.isSameSite(null)).isFalse();
        assertThat(SameSitePath.isSameSite(overlong.toString())).isFalse();
    }
}
