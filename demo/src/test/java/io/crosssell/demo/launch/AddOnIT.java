package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.crosssell.addon.AddOnException;
import io.crosssell.addon.domain.CrossSellAddOn;
import io.crosssell.addon.service.AddOnService;
import io.crosssell.learning.OrderHistoryReader;

/**
 * Checkout add-ons on Broadleaf's real cart, pricing and checkout workflows in the demo storefront. The demo
 * seeds: 1 gift wrap (4.99 a wrap), 2 two-year warranty (8 % of a bike's price), 3 three-year warranty
 * (bands 49 / 79 from 500 / 119 from 1,000), 4 express delivery (14.99 / 9.99 from 500 / free from 1,000);
 * service products 201–204.
 */
@Tag(SharedApp.STOREFRONT)
class AddOnIT {

    private static final Pattern ROW = Pattern.compile("<tr (?=[^>]*class=\"cart-line)[^>]*data-product-id=\"(\\d+)\"[^>]*>"
            + ".*?cart-quantity\">(\\d+)<.*?cart-line-total\">.*?<span>\\$([0-9.,]+)</span>", Pattern.DOTALL);
    private static final Pattern TOTAL = Pattern.compile("class=\"cart-total\">\\$([0-9.,]+)<");

    private static EmbeddedWebApp site;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
        jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
    }

    @Test
    void aShopperAddsAWarrantyAndGiftWrapToABikeAndExpressDeliveryPricedOnTheServer() throws Exception {
        TestHttpClient shopper = shopperWith("101");
        String cart = shopper.get("/cart").body;
        assertThat(cart).contains("data-cs-placement=\"addons\"", "2-year extended warranty", "<span>$47.92</span>",
                "3-year extended warranty", "<span>$79.00</span>", "Gift wrap", "Express delivery", "<span class=\"cs-price\">$9.99</span>");

        String bike = lineId(shopper, "101");
        assertThat(addOn(shopper, "addOnId", "2", "orderItemId", bike, "price", "0.01").status).isEqualTo(303);
        // "<3" is a kind word, not markup: accepted, and shown escaped.
        assertThat(addOn(shopper, "addOnId", "1", "orderItemId", bike, "message", "Happy birthday, Sam! <3").status).isEqualTo(303);
        assertThat(addOn(shopper, "addOnId", "4").status).isEqualTo(303);

        assertThat(rows(shopper)).containsExactlyInAnyOrder("101x1=599.00", "202x1=47.92", "201x1=4.99", "204x1=9.99");
        assertThat(total(shopper)).isEqualTo("661.90");
        assertThat(shopper.get("/cart").body).contains("for Metro Commuter Bike", "Happy birthday, Sam! &lt;3");
    }

    @Test
    void aRefusedGiftWrapComesBackWithItsTicksAndMessageOnceAndExpressDeliverySitsWithTheTotals() throws Exception {
        TestHttpClient shopper = shopperWith("101", "111");
        String bike = lineId(shopper, "101");
        String helmet = lineId(shopper, "111");
        String tooLong = "Happy riding </textarea><b>" + new String(new char[200]).replace('\0', 'x');

        TestHttpClient.Response refused = shopper.post("/crosssell/addons/add", "csrfToken", shopper.get("/cart").csrfToken(),
                "addOnId", "1", "orderItemId", helmet, "message", tooLong, "returnUrl", "/cart");

        assertThat(refused.location).endsWith("/cart?csAddOnError=bad-message#cs-addons");
        String page = shopper.get("/cart?csAddOnError=bad-message").body;
        assertThat(page).contains("The gift message is too long or contains HTML tags.", ">Happy riding &lt;/textarea")
                .doesNotContain("Happy riding </textarea");
        assertThat(wrapCheckbox(page, helmet)).contains("checked=\"checked\"");
        assertThat(wrapCheckbox(page, bike)).doesNotContain("checked");
        assertThat(shopper.get("/cart").body).as("the form is filled again once").doesNotContain("Happy riding")
                .doesNotContain("checked=\"checked\"");

        addOn(shopper, "addOnId", "4");
        String cart = shopper.get("/cart").body;
        String body = cart.substring(cart.indexOf("<tbody>"), cart.indexOf("</tbody>"));
        String foot = cart.substring(cart.indexOf("<tfoot>"), cart.indexOf("</tfoot>"));
        assertThat(body).doesNotContain("Express delivery");
        assertThat(foot).contains("Express delivery", "$9.99");
        assertThat(foot.indexOf("Express delivery")).as("delivery before the totals").isLessThan(foot.indexOf("cart-subtotal"));
    }

    @Test
    void theHeaderCartCountCountsProductsNotWarrantyWrapOrDeliveryLines() throws Exception {
        TestHttpClient shopper = shopperWith("101");
        String bike = lineId(shopper, "101");
        addOn(shopper, "addOnId", "2", "orderItemId", bike);
        addOn(shopper, "addOnId", "1", "orderItemId", bike);

        TestHttpClient.Response delivery = shopper.postFromScript("/crosssell/addons/add", "csrfToken", shopper.get("/cart").csrfToken(),
                "addOnId", "4");

        assertThat(rows(shopper)).hasSize(4);
        assertThat(delivery.body).contains("\"cartItemCount\":1");
        java.util.regex.Matcher header = java.util.regex.Pattern.compile("data-cs-cart-count=\"[^\"]*\">(\\d+)<")
                .matcher(shopper.get("/cart").body);
        assertThat(header.find()).isTrue();
        assertThat(header.group(1)).isEqualTo("1");
    }

    @Test
    void theSubmittedOrderKeepsTheAddOnLinesTheirLinksAndTheTotal() throws Exception {
        TestHttpClient shopper = shopperWith("101");
        String bike = lineId(shopper, "101");
        addOn(shopper, "addOnId", "2", "orderItemId", bike);
        addOn(shopper, "addOnId", "1", "orderItemId", bike, "message", "For the commute");
        addOn(shopper, "addOnId", "4");

        String orderNumber = shopper.placeOrder("addons@example.com");

        Long orderId = jdbc.queryForObject("SELECT ORDER_ID FROM BLC_ORDER WHERE ORDER_NUMBER = ?", Long.class, orderNumber);
        assertThat(jdbc.queryForObject("SELECT ORDER_TOTAL FROM BLC_ORDER WHERE ORDER_ID = ?", BigDecimal.class, orderId))
                .isEqualByComparingTo("661.90");
        Map<String, Object> warranty = jdbc.queryForMap("SELECT i.PARENT_ORDER_ITEM_ID, i.PRICE, i.QUANTITY FROM BLC_ORDER_ITEM i"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = ? AND d.PRODUCT_ID = 202", orderId);
        assertThat(String.valueOf(warranty.get("PARENT_ORDER_ITEM_ID"))).isEqualTo(bike);
        assertThat((BigDecimal) warranty.get("PRICE")).isEqualByComparingTo("47.92");
        Long wrapId = jdbc.queryForObject("SELECT i.ORDER_ITEM_ID FROM BLC_ORDER_ITEM i JOIN BLC_GIFTWRAP_ORDER_ITEM g"
                + " ON g.ORDER_ITEM_ID = i.ORDER_ITEM_ID WHERE i.ORDER_ID = ?", Long.class, orderId);
        assertThat(jdbc.queryForObject("SELECT GIFT_WRAP_ITEM_ID FROM BLC_ORDER_ITEM WHERE ORDER_ITEM_ID = ?", Long.class,
                Long.valueOf(bike))).isEqualTo(wrapId);
        assertThat(jdbc.queryForObject("SELECT VALUE FROM BLC_ORDER_ITEM_ATTRIBUTE WHERE ORDER_ITEM_ID = ? AND NAME = ?",
                String.class, wrapId, "crosssell.giftMessage")).isEqualTo("For the commute");
        assertThat(shopper.get("/confirmation/" + orderNumber).body).contains("2-year extended warranty",
                "for Metro Commuter Bike", "Gift wrap", "For the commute", "Express delivery");
        EntityManagerFactory factory = site.rootContext().getBean("entityManagerFactory", EntityManagerFactory.class);
        EntityManager em = factory.createEntityManager();
        try {
            assertThat(new OrderHistoryReader().readSubmitted(em, orderId).productIds)
                    .as("co-purchase learning sees the bike, not its services").containsExactly(101L);
        } finally {
            em.close();
        }
    }

    @Test
    void removingALineTakesItsWarrantyAlongAndTheLastWrappedLineItsWrap() throws Exception {
        TestHttpClient shopper = shopperWith("101", "111");
        String bike = lineId(shopper, "101");
        String helmet = lineId(shopper, "111");
        addOn(shopper, "addOnId", "2", "orderItemId", bike);
        addOn(shopper, "addOnId", "1", "orderItemId", bike, "orderItemId", helmet);
        addOn(shopper, "addOnId", "4");
        assertThat(rows(shopper)).hasSize(5);

        remove(shopper, bike);
        assertThat(rows(shopper)).containsExactlyInAnyOrder("111x1=49.99", "201x1=4.99", "204x1=14.99");

        remove(shopper, helmet);
        assertThat(rows(shopper)).as("no product left: the wrap and the delivery go too").isEmpty();
    }

    @Test
    void aWarrantyFollowsTheQuantityOfTheBikeItCovers() throws Exception {
        TestHttpClient shopper = shopperWith("101");
        String bike = lineId(shopper, "101");
        addOn(shopper, "addOnId", "2", "orderItemId", bike);

        setQuantity(shopper, bike, "2");
        assertThat(rows(shopper)).containsExactlyInAnyOrder("101x2=1198.00", "202x2=95.84");
        shopper.addToCart("101");
        assertThat(rows(shopper)).as("adding the same bike again").containsExactlyInAnyOrder("101x3=1797.00", "202x3=143.76");
        setQuantity(shopper, bike, "1");
        assertThat(rows(shopper)).containsExactlyInAnyOrder("101x1=599.00", "202x1=47.92");
        setQuantity(shopper, bike, "0");
        assertThat(rows(shopper)).isEmpty();
    }

    @Test
    void bandsPriceTheThreeYearWarrantyByTheBikeAndDeliveryByTheOrderTotal() throws Exception {
        TestHttpClient shopper = shopperWith("105", "101");
        addOn(shopper, "addOnId", "3", "orderItemId", lineId(shopper, "105"));
        addOn(shopper, "addOnId", "3", "orderItemId", lineId(shopper, "101"));
        addOn(shopper, "addOnId", "4");
        List<String> rows = rows(shopper);
        assertThat(rows).contains("203x1=49.00", "203x1=79.00");
        assertThat(rows).contains("204x1=9.99");

        shopper.addToCart("102");
        addOn(shopper, "addOnId", "3", "orderItemId", lineId(shopper, "102"));
        assertThat(rows(shopper)).contains("203x1=119.00", "204x1=0.00");
    }

    @Test
    void badOrTamperedAddOnRequestsAreRefusedAndLeaveTheCartUnchanged() throws Exception {
        TestHttpClient shopper = shopperWith("101", "111");
        String bike = lineId(shopper, "101");
        String helmet = lineId(shopper, "111");
        addOn(shopper, "addOnId", "2", "orderItemId", bike);
        TestHttpClient stranger = shopperWith("102");
        String strangersBike = lineId(stranger, "102");
        List<String> before = rows(shopper);
        String token = shopper.get("/cart").csrfToken();

        String[][] refused = {
                {"addOnId", "999", "orderItemId", bike},
                {"addOnId", "abc", "orderItemId", bike},
                {"addOnId", "2", "orderItemId", helmet},
                {"addOnId", "3", "orderItemId", strangersBike},
                {"addOnId", "2", "orderItemId", bike},
                {"addOnId", "1", "orderItemId", helmet, "message", repeat('x', 151)},
                {"addOnId", "1", "orderItemId", helmet, "message", "<script>alert(1)</script>"},
                {"addOnId", "1"},
                {"addOnId", "4", "orderItemId", bike},
        };
        int[] statuses = {404, 400, 400, 404, 409, 400, 400, 400, 400};
        for (int i = 0; i < refused.length; i++) {
            List<String> form = new ArrayList<String>(Arrays.asList("csrfToken", token));
            form.addAll(Arrays.asList(refused[i]));
            TestHttpClient.Response response = shopper.postFromScript("/crosssell/addons/add", form.toArray(new String[0]));
            assertThat(response.status).as(Arrays.toString(refused[i])).isEqualTo(statuses[i]);
            assertThat(response.body).contains("\"error\"", "\"code\"");
            assertThat(rows(shopper)).as(Arrays.toString(refused[i])).isEqualTo(before);
        }
        assertThat(shopper.postFromScript("/crosssell/addons/remove", "csrfToken", token, "orderItemId", helmet).status)
                .as("a product line is not an add-on").isEqualTo(404);
        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "202").location)
                .as("a service product cannot be bought on its own").contains("cartError");
        String warranty = lineId(shopper, "202");
        assertThat(shopper.post("/cart/quantity", "csrfToken", token, "orderItemId", warranty, "quantity", "5").location)
                .endsWith("cartError=bad-request");
        TestHttpClient.Response plainForm = shopper.post("/crosssell/addons/add", "csrfToken", token, "addOnId", "2",
                "orderItemId", helmet, "returnUrl", "/cart");
        assertThat(plainForm.location).endsWith("/cart?csAddOnError=not-eligible#cs-addons");
        assertThat(shopper.get("/cart?csAddOnError=not-eligible").body).contains("That add-on is not available for this item.");
        assertThat(shopper.postFromScript("/crosssell/addons/add", "csrfToken", token, "addOnId", "1").body)
                .as("wrap with nothing ticked says so").contains("\"error\":\"Tick the items to wrap first. Nothing was changed.\"",
                        "\"code\":\"no-items-to-wrap\"");
        TestHttpClient.Response nothingToWrap = shopper.post("/crosssell/addons/add", "csrfToken", token, "addOnId", "1", "returnUrl", "/cart");
        assertThat(nothingToWrap.location).endsWith("/cart?csAddOnError=no-items-to-wrap#cs-addons");
        assertThat(shopper.get("/cart?csAddOnError=no-items-to-wrap").body).contains("Tick the items to wrap first.")
                .doesNotContain("That request was not valid");
        assertThat(rows(shopper)).isEqualTo(before);
        assertThat(rows(stranger)).containsExactly("102x1=1199.00");
    }

    @Test
    void aMerchandisersPriceChangeReachesCartsAndInvalidSettingsAreRefused() throws Exception {
        AddOnService addOns = site.rootContext().getBean("csAddOnService", AddOnService.class);
        TestHttpClient shopper = shopperWith("111");
        addOn(shopper, "addOnId", "1", "orderItemId", lineId(shopper, "111"));
        assertThat(rows(shopper)).contains("201x1=4.99");

        CrossSellAddOn giftWrap = addOns.readById(1L);
        giftWrap.setAmount(new BigDecimal("5.99"));
        addOns.save(giftWrap);
        try {
            assertThat(rows(shopper)).as("repriced on the next cart view").contains("201x1=5.99");
        } finally {
            giftWrap.setAmount(new BigDecimal("4.99"));
            addOns.save(giftWrap);
        }

        CrossSellAddOn express = addOns.readById(4L);
        express.setPriceBands("0:14.99|abc:9.99");
        assertThatThrownBy(() -> addOns.save(express)).isInstanceOf(AddOnException.class)
                .hasMessage("Price band \"abc:9.99\" has \"abc\", not a number.");
        assertThat(jdbc.queryForObject("SELECT PRICE_BANDS FROM CS_ADDON WHERE CS_ADDON_ID = 4", String.class))
                .isEqualTo("0:14.99|500:9.99|1000:0");
    }

    @Test
    void aPriceChangedByAnotherProcessReachesCartsWithinTheEnginesBound() throws Exception {
        TestHttpClient shopper = shopperWith("112");
        addOn(shopper, "addOnId", "1", "orderItemId", lineId(shopper, "112"));
        assertThat(rows(shopper)).contains("201x1=4.99");

        // The admin runs in another JVM: its save reaches this storefront only through the database.
        jdbc.update("UPDATE CS_ADDON SET AMOUNT = 6.49 WHERE CS_ADDON_ID = 1");
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (!rows(shopper).contains("201x1=6.49") && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertThat(rows(shopper)).as("repriced within the 5 s bound (10 s allowed)").contains("201x1=6.49");
        } finally {
            jdbc.update("UPDATE CS_ADDON SET AMOUNT = 4.99 WHERE CS_ADDON_ID = 1");
            // Lets the old price age out of the cache again before other tests price gift wrap.
            Thread.sleep(6_000);
        }
    }

    private static TestHttpClient shopperWith(String... productIds) throws Exception {
        return new TestHttpClient(site.baseUrl()).addToCart(productIds);
    }

    private static TestHttpClient.Response addOn(TestHttpClient shopper, String... form) throws Exception {
        List<String> fields = new ArrayList<String>(Arrays.asList("csrfToken", shopper.get("/cart").csrfToken(), "returnUrl", "/cart"));
        fields.addAll(Arrays.asList(form));
        TestHttpClient.Response response = shopper.post("/crosssell/addons/add", fields.toArray(new String[0]));
        assertThat(response.location).as("add-on " + Arrays.toString(form) + ", back where the form was").endsWith("/cart#cs-addons");
        return response;
    }

    private static void remove(TestHttpClient shopper, String orderItemId) throws Exception {
        shopper.post("/cart/remove", "csrfToken", shopper.get("/cart").csrfToken(), "orderItemId", orderItemId);
    }

    private static void setQuantity(TestHttpClient shopper, String orderItemId, String quantity) throws Exception {
        assertThat(shopper.post("/cart/quantity", "csrfToken", shopper.get("/cart").csrfToken(), "orderItemId", orderItemId,
                "quantity", quantity).location).endsWith("/cart");
    }


    /** The cart's lines as productId x quantity = line total. */
    private static List<String> rows(TestHttpClient shopper) throws Exception {
        Matcher row = ROW.matcher(shopper.get("/cart").body);
        List<String> rows = new ArrayList<String>();
        while (row.find()) {
            rows.add(row.group(1) + "x" + row.group(2) + "=" + row.group(3).replace(",", ""));
        }
        return rows;
    }

    /** The gift-wrap form's checkbox of this line, as written. */
    private static String wrapCheckbox(String page, String orderItemId) {
        Matcher box = Pattern.compile("<input type=\"checkbox\" name=\"orderItemId\"[^>]*value=\"" + orderItemId + "\"[^>]*>")
                .matcher(page.substring(page.indexOf("cs-giftwrap-form")));
        assertThat(box.find()).as("a wrap checkbox for line " + orderItemId).isTrue();
        return box.group();
    }

    private static String lineId(TestHttpClient shopper, String productId) throws Exception {
        Matcher line = Pattern.compile("data-product-id=\"" + productId + "\"[^>]*>.*?name=\"orderItemId\" value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(shopper.get("/cart").body);
        assertThat(line.find()).as("line of product " + productId).isTrue();
        return line.group(1);
    }

    private static String total(TestHttpClient shopper) throws Exception {
        Matcher total = TOTAL.matcher(shopper.get("/cart").body);
        assertThat(total.find()).isTrue();
        return total.group(1).replace(",", "");
    }

    private static String repeat(char c, int times) {
        char[] chars = new char[times];
        Arrays.fill(chars, c);
        return new String(chars);
    }
}
