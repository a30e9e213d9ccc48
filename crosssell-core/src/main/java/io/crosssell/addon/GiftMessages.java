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
        if (message.indexOf('<') >= 0 || message.indexOf('>') >= 0) {
            return "The gift message may not contain < or >.";
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r') {
                return "The gift message may not contain control characters.";
            }
        }
        return null;
    }
}
