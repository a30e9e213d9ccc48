package io.crosssell.site.widget;

/** A product's primary image as a widget shows it: the original, a thumbnail-sized URL and its alternative text. */
public final class CrossSellImage {

    private final String url;
    private final String thumbnailUrl;
    private final String alt;

    public CrossSellImage(String url, String thumbnailUrl, String alt) {
        this.url = url;
        this.thumbnailUrl = thumbnailUrl;
        this.alt = alt;
    }

    /** The media's own URL (full size). */
    public String getUrl() {
        return url;
    }

    /** The URL to show at thumbnail size: Broadleaf's static-asset server resizes it when it is one of its assets. */
    public String getThumbnailUrl() {
        return thumbnailUrl;
    }

    /** The media's alternative text, or the product's name when the media has none. */
    public String getAlt() {
        return alt;
    }
}
