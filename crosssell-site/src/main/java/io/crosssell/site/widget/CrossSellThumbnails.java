package io.crosssell.site.widget;

import org.broadleafcommerce.common.media.domain.Media;

/**
 * Turns a product's Broadleaf media into a widget image. A URL under Broadleaf's static-asset prefix
 * ({@code asset.server.url.prefix.internal}, "cmsstatic") gets the named image operation appended
 * ({@code ?crosssellThumbnail}, declared in bl-crosssell-site-applicationContext.xml), so Broadleaf serves a
 * resized copy instead of the full picture; any other URL (a theme's own folder, an outside CDN) is used as it is.
 */
public class CrossSellThumbnails {

    private final String assetPrefix;
    private final String operation;

    /**
     * @param assetUrlPrefix Broadleaf's static-asset URL prefix without slashes, e.g. {@code cmsstatic}
     * @param operation a named operation of Broadleaf's {@code blStaticMapNamedOperationComponent}; blank: none
     */
    public CrossSellThumbnails(String assetUrlPrefix, String operation) {
        String prefix = assetUrlPrefix == null ? "" : assetUrlPrefix.trim().replaceAll("^/+|/+$", "");
        this.assetPrefix = prefix.isEmpty() ? null : "/" + prefix + "/";
        this.operation = operation == null || operation.trim().isEmpty() ? null : operation.trim();
    }

    /**
     * The widget image of a media, or null when there is none.
     *
     * @param key the media's key on the SKU ("primary"); an alternative text that only repeats it (as Broadleaf's
     *        sample data has it) says nothing, so the product's name is used instead
     */
    public CrossSellImage image(Media media, String key, String productName) {
        if (media == null || media.getUrl() == null || media.getUrl().trim().isEmpty()) {
            return null;
        }
        String url = media.getUrl().trim();
        String alt = media.getAltText() == null ? "" : media.getAltText().trim();
        return new CrossSellImage(url, thumbnailUrl(url), alt.isEmpty() || alt.equalsIgnoreCase(key) ? productName : alt);
    }

    String thumbnailUrl(String url) {
        if (operation == null || assetPrefix == null || !url.startsWith(assetPrefix)) {
            return url;
        }
        return url + (url.indexOf('?') < 0 ? '?' : '&') + operation;
    }
}
