package io.crosssell.recommend;

/** Why an item is recommended, for shoppers' trust, the admin preview and the JSON API. */
public final class Reason {

    private final String source;
    private final String text;

    public Reason(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /** The recommendation source that gave this reason, e.g. "rule", "mined", "broadleaf-link", "fallback". */
    public String source() {
        return source;
    }

    /** A sentence for people, e.g. "rule 12: Bikes → Helmets" or "bought together in 37 orders, lift 4.2". */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason && source.equals(((Reason) other).source) && text.equals(((Reason) other).text);
    }

    @Override
    public int hashCode() {
        return 31 * source.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
