package io.crosssell.security;

import java.util.regex.Pattern;

/**
 * Decides whether a redirect target a request names is a path on this site. Anything else (an absolute URL,
 * a protocol-relative {@code //host}, a backslash a browser reads as a slash, control characters) is replaced
 * by a fallback, so no page of the shop can send a shopper to another site.
 */
public final class SameSitePath {

    static final int MAX_LENGTH = 2000;

    // One slash, then no second slash or backslash; path characters and an optional plain query only.
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%-]*(\\?[A-Za-z0-9=&_.~%+-]*)?");

    private SameSitePath() {
    }

    /** Whether {@code path} is a same-site path that is safe to redirect to. */
    public static boolean isSameSite(String path) {
        return path != null && path.length() <= MAX_LENGTH && PATH.matcher(path).matches() && !path.contains("//");
    }

    /** {@code path} when it is a same-site path, else {@code fallback}. */
    public static String orElse(String path, String fallback) {
        return isSameSite(path) ? path : fallback;
    }
}
