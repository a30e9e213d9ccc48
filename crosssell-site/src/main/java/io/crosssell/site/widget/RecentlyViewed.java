package io.crosssell.site.widget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The products a shopper viewed lately in this session, most recent first, which personal ranking draws on. Kept in
 * the session (ids only, at most {@value #MAX}), so a guest has a history as soon as they browse.
 */
public final class RecentlyViewed {

    static final String SESSION_ATTRIBUTE = "crosssell.recentlyViewed";
    static final int MAX = 10;

    private RecentlyViewed() {
    }

    /** Most recent first; empty without a session. */
    public static List<Long> of(HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        Object viewed = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (!(viewed instanceof List)) {
            return Collections.emptyList();
        }
        List<Long> ids = new ArrayList<Long>();
        for (Object id : (List<?>) viewed) {
            if (id instanceof Long) {
                ids.add((Long) id);
            }
        }
        return ids;
    }

    /** Puts the product first; the oldest drops out past {@value #MAX}. */
    public static void viewed(HttpServletRequest request, long productId) {
        HttpSession session;
        try {
            session = request.getSession(true);
        } catch (IllegalStateException responseAlreadySent) {
            return;
        }
        List<Long> ids = new ArrayList<Long>(of(request));
        ids.remove(Long.valueOf(productId));
        ids.add(0, productId);
        // A new list each time: a session store that replicates attributes sees the change.
        session.setAttribute(SESSION_ATTRIBUTE, new ArrayList<Long>(ids.subList(0, Math.min(MAX, ids.size()))));
    }
}
