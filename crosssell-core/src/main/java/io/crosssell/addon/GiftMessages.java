package io.crosssell.addon;

/** What a gift message may hold: printed on a card, so plain text of limited length. */
public final class GiftMessages {

    private GiftMessages() {
    }

    /** Why the message cannot be accepted, or null if it can (an empty message is fine). */
    public static String problem(String message, int maxLength) {
        if (message == null || message.isEmpty()) {
            return null;
        }
        if (message.length() > maxLength) {
            return "The gift message is longer than " + maxLength + " characters.";
        }
        if (looksLikeMarkup(message)) {
            return "The gift message may not contain HTML tags or comments.";
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r') {
                return "The gift message may not contain control characters.";
            }
        }
        return null;
    }

    /**
     * A '<' that HTML would read as the start of a tag or comment (followed by a letter, '/', '!' or '?'). Every page
     * and e-mail escapes the message anyway; this keeps markup out of Broadleaf's own screens too, while "<3" and
     * "a < b" are kind words, not markup.
     */
    private static boolean looksLikeMarkup(String message) {
        for (int i = message.indexOf('<'); i >= 0 && i < message.length() - 1; i = message.indexOf('<', i + 1)) {
            char next = message.charAt(i + 1);
            if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
                return true;
            }
        }
        return false;
    }
}
