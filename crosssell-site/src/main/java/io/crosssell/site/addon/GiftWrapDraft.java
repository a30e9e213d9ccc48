package io.crosssell.site.addon;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * What a shopper typed into a gift-wrap form whose add was refused without scripts (the ticked lines, the message):
 * kept in the session for the one page the refusal redirects to, so the form comes back as it was left.
 */
public final class GiftWrapDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SESSION_ATTRIBUTE = "crosssell.giftWrapDraft";
    /** A refused message may be over the limit; more than this of it is not worth keeping. */
    static final int MAX_KEPT_CHARACTERS = 1000;

    private final long addOnId;
    private final Set<Long> tickedLineIds;
    private final String message;

    public GiftWrapDraft(long addOnId, List<Long> tickedLineIds, String message) {
        this.addOnId = addOnId;
        this.tickedLineIds = Collections.unmodifiableSet(new LinkedHashSet<Long>(tickedLineIds));
        this.message = message == null || message.length() <= MAX_KEPT_CHARACTERS ? message
                : message.substring(0, MAX_KEPT_CHARACTERS);
    }

    /** Keeps the draft for the next page of this shopper's session. */
    public static void keep(HttpServletRequest request, GiftWrapDraft draft) {
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, draft);
    }

    /** The draft kept for this page, removed from the session (it fills one form once); null when there is none. */
    public static GiftWrapDraft take(HttpServletRequest request) {
        HttpSession session = request == null ? null : request.getSession(false);
        if (session == null) {
            return null;
        }
        Object kept = session.getAttribute(SESSION_ATTRIBUTE);
        if (kept != null) {
            session.removeAttribute(SESSION_ATTRIBUTE);
        }
        return kept instanceof GiftWrapDraft ? (GiftWrapDraft) kept : null;
    }

    public long getAddOnId() {
        return addOnId;
    }

    public Set<Long> getTickedLineIds() {
        return tickedLineIds;
    }

    public String getMessage() {
        return message;
    }
}
