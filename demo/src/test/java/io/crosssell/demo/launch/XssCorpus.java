package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/**
 * Texts an attacker would set as a product, bundle or add-on text, a rule's message or a shopper's input, and
 * the check that a page writes them as text: none of them may reach the page with its markup intact.
 */
final class XssCorpus {

    /** Each sets {@code window.__xss} if it runs, so a browser test can tell. */
    static final List<String> PAYLOADS = Arrays.asList(
            "<script>window.__xss=1</script>",
            "\"><img src=x onerror=\"window.__xss=1\">",
            "'><svg onload='window.__xss=1'>",
            "</textarea><img src=x onerror=window.__xss=1>",
            "</title><script>window.__xss=1</script>",
            "<svg><script>window.__xss=1</script></svg>",
            "javascript:window.__xss=1//<a href=\"javascript:window.__xss=1\">x</a>",
            "&lt;script&gt;window.__xss=1&lt;/script&gt;<b onmouseover=window.__xss=1>x</b>");

    private XssCorpus() {
    }

    /** The page holds no active markup of the payload: its tags appear only escaped. */
    static void assertNotExecutable(String page, String payload) {
        for (String marker : new String[] {"<script>window.__xss", "<img src=x onerror", "<svg onload", "<svg><script",
            "<a href=\"javascript:", "<b onmouseover", "onerror=\"window.__xss", "onload='window.__xss"}) {
            if (payload.contains(marker)) {
                assertThat(page).as("payload " + payload).doesNotContain(marker);
            }
        }
    }
}
