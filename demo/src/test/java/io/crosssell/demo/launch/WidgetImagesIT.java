package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.crosssell.demo.mail.DemoMailOutbox;

/** The widgets' product pictures over HTTP: Broadleaf static assets, requested and served at thumbnail size. */
@Tag(SharedApp.STOREFRONT)
class WidgetImagesIT {

    private static final Pattern PICTURE = Pattern.compile("<img class=\"cs-image\"[^>]*?src=\"([^\"]+)\" alt=\"([^\"]*)\"");
    private static final String THUMBNAIL = "?crosssellThumbnail";

    private static EmbeddedWebApp site;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
    }

    @Test
    void productPageAsksForEachPictureAtThumbnailSizeAndBroadleafServesItResized() throws Exception {
        String page = new TestHttpClient(site.baseUrl()).get("/bikes/metro-commuter-bike").body;
        List<String[]> pictures = pictures(page);
        assertThat(pictures).as("the viewed product and its complements").hasSizeGreaterThanOrEqualTo(2);
        // The upgrade block comes first on the page; the viewed product's own picture leads the complements' row.
        String anchor = "/cmsstatic/img/products/product-101.png" + THUMBNAIL;
        assertThat(pictures).extracting(picture -> picture[0] + " | " + picture[1]).contains(anchor + " | Metro Commuter Bike");
        for (String[] picture : pictures) {
            assertThat(picture[0]).endsWith(THUMBNAIL);
            BufferedImage thumbnail = image(site.baseUrl() + picture[0]);
            assertThat(thumbnail.getWidth()).isEqualTo(192);
            assertThat(thumbnail.getHeight()).isEqualTo(192);
        }
        BufferedImage original = image(site.baseUrl() + anchor.replace(THUMBNAIL, ""));
        assertThat(original.getWidth()).as("the stored picture is larger than what the widget asks for").isEqualTo(480);
    }

    @Test
    void anImageOperationBroadleafDoesNotKnowIsIgnored() throws Exception {
        // asset.server.allow.unnamed.image.manipulation=false: only named operations resize, so nobody can make the
        // server render arbitrary sizes.
        BufferedImage image = image(site.baseUrl() + "/cmsstatic/img/products/product-121.png?resize-width-amount=7");
        assertThat(image.getWidth()).isEqualTo(480);
    }

    @Test
    void theOrderEmailShowsEachOffersThumbnailByAbsoluteAddress() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");
        shopper.placeOrder("pictures-by-mail@example.com");

        MimeMessage mail = site.rootContext().getBean("demoMailOutbox", DemoMailOutbox.class).lastSentTo("pictures-by-mail@example.com");
        String html = String.valueOf(mail.getContent());
        Matcher picture = Pattern.compile("<img [^>]*>").matcher(html.substring(html.indexOf("data-cs-placement=\"confirmation\"")));
        assertThat(picture.find()).as("an offer's picture in the e-mail").isTrue();
        assertThat(attribute(picture.group(), "src")).startsWith(EmbeddedWebApp.storeUrl(0) + "/cmsstatic/img/products/")
                .endsWith(THUMBNAIL);
        assertThat(attribute(picture.group(), "alt")).isNotBlank();
        assertThat(attribute(picture.group(), "width")).isEqualTo("64");
    }

    private static List<String[]> pictures(String html) {
        List<String[]> pictures = new ArrayList<>();
        Matcher matcher = PICTURE.matcher(html);
        while (matcher.find()) {
            pictures.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return pictures;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }

    private static BufferedImage image(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        assertThat(connection.getResponseCode()).as(url).isEqualTo(200);
        assertThat(connection.getContentType()).as(url).startsWith("image/png");
        try (InputStream in = connection.getInputStream()) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image).as(url + " is a picture").isNotNull();
            return image;
        }
    }
}
