package io.crosssell.site.widget;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.junit.jupiter.api.Test;

class CrossSellThumbnailsTest {

    private final CrossSellThumbnails thumbnails = new CrossSellThumbnails("cmsstatic", "crosssellThumbnail");

    @Test
    void asksBroadleafsStaticAssetServerForTheNamedThumbnailOperation() {
        CrossSellImage image = thumbnails.image(media("/cmsstatic/img/lock.png", "A black U-lock"), "primary", "Heavy U-Lock");

        assertThat(image.getUrl()).isEqualTo("/cmsstatic/img/lock.png");
        assertThat(image.getThumbnailUrl()).isEqualTo("/cmsstatic/img/lock.png?crosssellThumbnail");
        assertThat(image.getAlt()).isEqualTo("A black U-lock");
    }

    @Test
    void keepsAQueryTheUrlAlreadyHas() {
        assertThat(thumbnails.thumbnailUrl("/cmsstatic/img/lock.png?v=2")).isEqualTo("/cmsstatic/img/lock.png?v=2&crosssellThumbnail");
    }

    @Test
    void leavesPicturesOutsideTheStaticAssetServerAsTheyAre() {
        assertThat(thumbnails.thumbnailUrl("/img/theme/lock.png")).isEqualTo("/img/theme/lock.png");
        assertThat(thumbnails.thumbnailUrl("https://cdn.example.com/cmsstatic/lock.png")).isEqualTo("https://cdn.example.com/cmsstatic/lock.png");
        assertThat(new CrossSellThumbnails("cmsstatic", " ").thumbnailUrl("/cmsstatic/a.png")).isEqualTo("/cmsstatic/a.png");
    }

    @Test
    void acceptsThePrefixWrittenWithSlashes() {
        assertThat(new CrossSellThumbnails("/cmsstatic/", "crosssellThumbnail").thumbnailUrl("/cmsstatic/a.png"))
                .isEqualTo("/cmsstatic/a.png?crosssellThumbnail");
    }

    @Test
    void namesTheProductWhenTheMediaHasNoRealAlternativeText() {
        assertThat(thumbnails.image(media("/cmsstatic/a.png", null), "primary", "Heavy U-Lock").getAlt()).isEqualTo("Heavy U-Lock");
        assertThat(thumbnails.image(media("/cmsstatic/a.png", " "), "primary", "Heavy U-Lock").getAlt()).isEqualTo("Heavy U-Lock");
        assertThat(thumbnails.image(media("/cmsstatic/a.png", "primary"), "primary", "Heavy U-Lock").getAlt())
                .as("Broadleaf's sample data repeats the media key").isEqualTo("Heavy U-Lock");
    }

    @Test
    void noMediaOrNoUrlIsNoPicture() {
        assertThat(thumbnails.image(null, "primary", "Heavy U-Lock")).isNull();
        assertThat(thumbnails.image(media(" ", "x"), "primary", "Heavy U-Lock")).isNull();
    }

    private static Media media(String url, String alt) {
        Media media = new MediaImpl();
        media.setUrl(url);
        media.setAltText(alt);
        return media;
    }
}
