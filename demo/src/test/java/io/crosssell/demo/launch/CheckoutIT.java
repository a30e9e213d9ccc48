package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.demo.mail.DemoMailOutbox;

/**
 * A shopper's way from cart to order confirmation in the real demo storefront: Broadleaf's checkout
 * workflow places the order, and the confirmation page offers follow-ups that go into a new cart.
 */
@Tag(SharedApp.STOREFRONT)
class CheckoutIT {

    private static final Pattern OFFERED = Pattern.compile(
            "data-cs-placement=\"confirmation\".*?</div>", Pattern.DOTALL);
    private static final Pattern OFFERED_ID = Pattern.compile("data-cs-product-id=\"(\\d+)\"");

    private static EmbeddedWebApp site;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
    }

    @Test
    void placingAnOrderSubmitsItAndShowsPostPurchaseOffers() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");

        String orderNumber = shopper.placeOrder("rider@example.com");

        Map<String, Object> order = jdbc.queryForMap(
                "SELECT ORDER_STATUS, EMAIL_ADDRESS, ORDER_TOTAL FROM BLC_ORDER WHERE ORDER_NUMBER = ?", orderNumber);
        assertThat(order.get("ORDER_STATUS")).isEqualTo("SUBMITTED");
        assertThat(order.get("EMAIL_ADDRESS")).isEqualTo("rider@example.com");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER_PAYMENT p JOIN BLC_ORDER o ON o.ORDER_ID = p.ORDER_ID "
                + "WHERE o.ORDER_NUMBER = ? AND p.PAYMENT_TYPE = 'COD' AND p.AMOUNT = o.ORDER_TOTAL", Integer.class, orderNumber))
                .isEqualTo(1);
        TestHttpClient.Response confirmation = shopper.get("/confirmation/" + orderNumber);
        assertThat(confirmation.status).isEqualTo(200);
        assertThat(confirmation.body).contains("Thank you for your order", orderNumber, "Metro Commuter Bike",
                "data-cs-placement=\"confirmation\"", "You may also need", "Add to a new cart");
        assertThat(offeredIds(confirmation.body)).isNotEmpty().doesNotContain("101");
        assertThat(shopper.cartLines()).as("the cart was emptied by the order").isEmpty();
    }

    @Test
    void theOrderEmailCarriesThePostPurchaseOffersAsAbsoluteLinks() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");

        String orderNumber = shopper.placeOrder("mail-reader@example.com");

        MimeMessage mail = site.rootContext().getBean("demoMailOutbox", DemoMailOutbox.class).lastSentTo("mail-reader@example.com");
        assertThat(mail).as("order e-mail sent").isNotNull();
        assertThat(mail.getSubject()).isEqualTo("Your Spoke & Chain order");
        String html = String.valueOf(mail.getContent());
        assertThat(html).contains(orderNumber, "Metro Commuter Bike", "data-cs-placement=\"confirmation\"", "You may also need");
        List<String> offered = offeredIds(shopper.get("/confirmation/" + orderNumber).body);
        assertThat(offered).isNotEmpty();
        for (String id : offered) {
            assertThat(html).contains("data-cs-product-id=\"" + id + "\"");
        }
        assertThat(html).contains("href=\"" + EmbeddedWebApp.storeUrl(0) + "/").doesNotContain("<form", "<script");
    }

    @Test
    void aPostPurchaseOfferGoesIntoANewCartInOneClick() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");
        String orderNumber = shopper.placeOrder("rider@example.com");
        TestHttpClient.Response confirmation = shopper.get("/confirmation/" + orderNumber);
        String offer = offeredIds(confirmation.body).get(0);

        TestHttpClient.Response added = shopper.post("/crosssell/cart/add", "csrfToken", confirmation.csrfToken(),
                "placement", "confirmation", "orderNumber", orderNumber, "productId", offer,
                "returnUrl", "/confirmation/" + orderNumber);

        assertThat(added.status).isEqualTo(303);
        assertThat(added.location).endsWith("/cart");
        assertThat(shopper.cartLines()).containsExactly(offer + "x1");
        assertThat(jdbc.queryForObject("SELECT ORDER_STATUS FROM BLC_ORDER WHERE ORDER_NUMBER = ?", String.class, orderNumber))
                .as("the placed order is left alone").isEqualTo("SUBMITTED");
    }

    @Test
    void followUpsNeedTheShoppersOwnOrderAndAnOfferedProduct() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");
        String orderNumber = shopper.placeOrder("rider@example.com");
        TestHttpClient.Response confirmation = shopper.get("/confirmation/" + orderNumber);
        String offer = offeredIds(confirmation.body).get(0);
        TestHttpClient stranger = new TestHttpClient(site.baseUrl());
        String strangerToken = stranger.get("/bikes/metro-commuter-bike").csrfToken();

        assertThat(stranger.get("/confirmation/" + orderNumber).status).isEqualTo(404);
        assertThat(shopper.get("/confirmation/999999999").status).isEqualTo(404);
        TestHttpClient.Response foreign = stranger.postFromScript("/crosssell/cart/add", "csrfToken", strangerToken,
                "placement", "confirmation", "orderNumber", orderNumber, "productId", offer);
        assertThat(foreign.status).isEqualTo(409);
        assertThat(stranger.cartLines()).isEmpty();
        TestHttpClient.Response notOffered = shopper.post("/crosssell/cart/add", "csrfToken", confirmation.csrfToken(),
                "placement", "confirmation", "orderNumber", orderNumber, "productId", "104",
                "returnUrl", "/confirmation/" + orderNumber);
        assertThat(notOffered.status).isEqualTo(303);
        assertThat(notOffered.location).endsWith("/confirmation/" + orderNumber + "?csError=not-offered&csUnavailable=104");
        assertThat(shopper.get("/confirmation/" + orderNumber + "?csError=not-offered").body)
                .contains("One of the items is no longer available. Nothing was added");
        assertThat(shopper.cartLines()).isEmpty();
    }

    @Test
    void anInvalidEmailKeepsTheCartAndPlacesNoOrder() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("111");
        int submittedBefore = submittedOrders();
        String token = shopper.get("/checkout").csrfToken();

        TestHttpClient.Response refused = shopper.post("/checkout", "csrfToken", token, "emailAddress", "not an address");

        assertThat(refused.status).isEqualTo(200);
        assertThat(refused.body).contains("Please enter a valid e-mail address.");
        assertThat(submittedOrders()).isEqualTo(submittedBefore);
        assertThat(shopper.cartLines()).containsExactly("111x1");
        assertThat(shopper.post("/checkout", "emailAddress", "rider@example.com").status)
                .as("no order without the CSRF token").isNotIn(200, 302, 303);
        assertThat(submittedOrders()).isEqualTo(submittedBefore);
    }

    @Test
    void anEmptyCartCannotCheckOut() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());

        TestHttpClient.Response page = shopper.get("/checkout");

        assertThat(page.status).isEqualTo(302);
        assertThat(page.location).endsWith("/cart");
    }

    @Test
    void aCartLineCanBeRemovedButOnlyFromTheShoppersOwnCart() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("111");
        shopper.addToCart("121");
        String cart = shopper.get("/cart").body;
        Matcher line = Pattern.compile("name=\"orderItemId\" value=\"(\\d+)\"").matcher(cart);
        assertThat(line.find()).isTrue();
        String firstLine = line.group(1);
        TestHttpClient stranger = new TestHttpClient(site.baseUrl());
        stranger.addToCart("133");

        TestHttpClient.Response foreign = stranger.post("/cart/remove", "csrfToken", stranger.get("/cart").csrfToken(),
                "orderItemId", firstLine);
        assertThat(foreign.location).endsWith("/cart?cartError=bad-request");
        assertThat(shopper.cartLines()).hasSize(2);

        TestHttpClient.Response removed = shopper.post("/cart/remove", "csrfToken", shopper.get("/cart").csrfToken(),
                "orderItemId", firstLine);
        assertThat(removed.location).endsWith("/cart");
        assertThat(shopper.cartLines()).hasSize(1);
        assertThat(stranger.cartLines()).containsExactly("133x1");
    }

    @Test
    void theProductPageAddsOnlyRealActiveProducts() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();

        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "106").location)
                .as("inactive").endsWith("cartError=bad-request");
        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "abc").location).endsWith("cartError=bad-request");
        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "111", "quantity", "0").location)
                .endsWith("cartError=bad-request");
        assertThat(shopper.cartLines()).isEmpty();
        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "111", "quantity", "2",
                "overrideSalePrice", "0.01", "itemAttributes[color]", "free").location).endsWith("/cart");
        assertThat(shopper.cartLines()).containsExactly("111x2");
        assertThat(shopper.get("/cart").body).contains("<th class=\"cart-subtotal\">$99.98</th>");
    }



    private static List<String> offeredIds(String page) {
        Matcher widget = OFFERED.matcher(page);
        List<String> ids = new java.util.ArrayList<String>();
        if (widget.find()) {
            Matcher id = OFFERED_ID.matcher(widget.group());
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    private static int submittedOrders() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Integer.class);
    }
}
