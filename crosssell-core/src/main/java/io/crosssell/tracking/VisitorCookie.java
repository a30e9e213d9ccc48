package io.crosssell.tracking;

import java.util.UUID;
import java.util.regex.Pattern;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The pseudonymous visitor id: a random UUID in a first-party cookie (HttpOnly, SameSite=Lax, a year), so that a
 * guest's click today can be tied to their order tomorrow. It names no person and is not shared with anyone.
 */
public final class VisitorCookie {

    public static final String NAME = "crosssell_visitor";
    static final int MAX_AGE_SECONDS = 365 * 24 * 3600;
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String REQUEST_ATTRIBUTE = VisitorCookie.class.getName();

    private VisitorCookie() {
    }

    /** The request's visitor id, or null when it has none (or a malformed one). */
    public static String read(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        Object assigned = request.getAttribute(REQUEST_ATTRIBUTE);
        if (assigned instanceof String) {
            return (String) assigned;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (NAME.equals(cookie.getName()) && cookie.getValue() != null && UUID_FORM.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The request's visitor id, assigning a new one (and its cookie) when there is none and the response is still open. */
    public static String ensure(HttpServletRequest request, HttpServletResponse response) {
        String known = read(request);
        if (known != null || request == null || response == null || response.isCommitted()) {
            return known;
        }
        String fresh = UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ATTRIBUTE, fresh);
        // Servlet 3.0 cookies have no SameSite: the header is written by hand.
        response.addHeader("Set-Cookie", NAME + "=" + fresh + "; Path=/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : ""));
        return fresh;
    }
}
