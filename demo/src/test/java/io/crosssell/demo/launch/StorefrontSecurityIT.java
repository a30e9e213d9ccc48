package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import io.crosssell.catalog.BroadleafCatalogAdapter;
import io.crosssell.demo.mail.DemoMailOutbox;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.RecommendedItem;
import io.crosssell.recommend.service.CrossSellRecommendationService;

/**
 * The storefront's security regression suite (docs/Security.md): what a security probe found, reproduced
 * against the booted demo storefront over HTTP, and checks derived from the running application (every POST
 * endpoint its handler mappings publish) so that a new endpoint is covered without anyone adding it here.
 */
@Tag(SharedApp.STOREFRONT)
class StorefrontSecurityIT {

    private static EmbeddedWebApp site;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
    }

    @Test
    void everyPostEndpointRefusesAMissingOrWrongCsrfTokenWith403AndNoStackTrace() throws Exception {
        Set<String> endpoints = HandlerEndpoints.postPaths(site, "");
        assertThat(endpoints).as("the enumeration finds the plugin's and the demo's endpoints")
                .contains("/crosssell/cart/add", "/crosssell/addons/add", "/crosssell/addons/remove", "/crosssell/track/click", "/cart/add",
                        "/checkout");
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.get("/bikes/metro-commuter-bike");
        for (String endpoint : endpoints) {
            for (String[] form : new String[][] {{"productId", "133"}, {"csrfToken", "not-the-token", "productId", "133"}}) {
                TestHttpClient.Response refused = shopper.post(endpoint, form);
                assertThat(refused.status).as("POST " + endpoint + " " + form.length).isEqualTo(403);
                assertThat(refused.body).as(endpoint).doesNotContainPattern(TestHttpClient.STACK_TRACE);
            }
        }
        assertThat(shopper.cartLines()).isEmpty();
        assertThat(shopper.post("/login_post.htm", "j_username", "demo.shopper.001@bikeshop.example", "j_password", "shopper").status)
                .as("the login form is CSRF-checked too").isEqualTo(403);
    }

    @Test
    void onlyTheDemosAndThePluginsControllersAreServed() throws Exception {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : HandlerEndpoints.handlers(site).entrySet()) {
            assertThat(handler.getValue().getBeanType().getName()).as(handler.getKey().toString()).startsWith("io.crosssell.");
        }
        TestHttpClient anonymous = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response deletePhone = anonymous.get("/myaccount/phone/deletePhone?customerPhoneId=1");
        assertThat(deletePhone.status).isEqualTo(404);
        assertThat(deletePhone.body).doesNotContainPattern(TestHttpClient.STACK_TRACE);
        assertThat(anonymous.get("/myaccount/phone/viewPhone").status).isEqualTo(404);
    }

    @Test
    void returnUrlsFollowOnlySameSitePaths() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();
        String[] foreign = {"//evil.example/x", "///evil.example", "/\\evil.example", "https://evil.example/",
            "/%0d%0aLocation:evil", "javascript:alert(1)", " //evil.example", "/ok//evil.example"};
        for (String returnUrl : foreign) {
            for (String[] request : new String[][] {
                    {"/crosssell/cart/add", "placement", "fbt", "anchorProductId", "101"},
                    {"/crosssell/addons/add", "addOnId", "x"},
                    {"/crosssell/addons/remove", "orderItemId", "x"}}) {
                List<String> form = new ArrayList<String>(java.util.Arrays.asList(request).subList(1, request.length));
                form.addAll(java.util.Arrays.asList("csrfToken", token, "returnUrl", returnUrl));
                TestHttpClient.Response refused = shopper.post(request[0], form.toArray(new String[0]));
                assertThat(refused.status).as(request[0] + " " + returnUrl).isEqualTo(303);
                assertThat(refused.location).as(request[0] + " " + returnUrl).startsWith("/cart?").doesNotContain("evil");
            }
        }
        TestHttpClient.Response sameSite = shopper.post("/crosssell/cart/add", "csrfToken", token, "placement", "fbt",
                "anchorProductId", "101", "returnUrl", "/bikes/metro-commuter-bike");
        assertThat(sameSite.location).isEqualTo("/bikes/metro-commuter-bike?csError=no-items");
    }

    @Test
    void countedInventoryWithNoneLeftIsOutOfStockEverywhere() throws Exception {
        BroadleafCatalogAdapter catalog = site.rootContext().getBean("csCatalogAdapter", BroadleafCatalogAdapter.class);
        assertThat(catalog.isRecommendable(135L)).as("Helmet Light: CHECK_QUANTITY, none left").isFalse();
        assertThat(catalog.isRecommendable(133L)).isTrue();
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        for (long anchor : new long[] {101, 102, 103, 111, 112, 113, 121, 131, 133, 134, 136}) {
            assertThat(shopper.get("/crosssell/recommendations?productId=" + anchor + "&placement=fbt").body)
                    .as("recommendations for " + anchor).doesNotContain("\"productId\":135,");
        }
        TestHttpClient.Response page = shopper.get("/lights/helmet-light");
        assertThat(page.body).contains("Out of stock").doesNotContain("action=\"/cart/add\"");

        String token = page.csrfToken();
        TestHttpClient.Response added = shopper.post("/cart/add", "csrfToken", token, "productId", "135");
        assertThat(added.location).endsWith("/lights/helmet-light?cartError=out-of-stock");
        assertThat(shopper.get(added.location.replace(site.baseUrl(), "")).body).contains("Sorry, this item is out of stock.");
        assertThat(shopper.post("/cart/add", "csrfToken", token, "productId", "104").location)
                .endsWith("/bikes/road-sprint-carbon?cartError=out-of-stock");
        assertThat(shopper.cartLines()).as("nothing out of stock was added").isEmpty();
    }

    @Test
    void anOutOfStockProductsOwnPageOffersItsComplementsWithoutIt() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/road-sprint-carbon");
        assertThat(page.body).contains("data-cs-placement=\"fbt\"", "This item is out of stock: Road Sprint Carbon")
                .doesNotContain("name=\"productId\" class=\"cs-check\" checked=\"checked\" value=\"104\"");
        List<String> shown = checkedItems(page.body);
        assertThat(shown).isNotEmpty().doesNotContain("104");

        List<String> form = new ArrayList<String>(java.util.Arrays.asList("csrfToken", page.csrfToken(), "placement", "fbt",
                "anchorProductId", "104"));
        for (String id : shown) {
            form.add("productId");
            form.add(id);
        }
        TestHttpClient.Response added = shopper.post("/crosssell/cart/add", form.toArray(new String[0]));
        assertThat(added.location).isEqualTo("/cart");
        assertThat(shopper.cartLines()).hasSize(shown.size());

        TestHttpClient.Response withAnchor = shopper.postFromScript("/crosssell/cart/add", "csrfToken", page.csrfToken(),
                "placement", "fbt", "anchorProductId", "104", "productId", "104");
        assertThat(withAnchor.status).isEqualTo(409);
        assertThat(withAnchor.body).as("the refusal names the item").contains("Road Sprint Carbon");
    }

    @Test
    void theFbtAddAcceptsOnlyTheItemsTheWidgetShows() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = shopper.get("/bikes/metro-commuter-bike");
        List<String> shown = checkedItems(page.body);
        Set<String> candidates = new LinkedHashSet<String>();
        for (RecommendedItem item : site.rootContext().getBean("csRecommendationService", CrossSellRecommendationService.class)
                .recommend(RecommendationRequest.forPlacement(Placement.FBT).anchor(101L).limit(10).build()).items()) {
            candidates.add(String.valueOf(item.productId()));
        }
        candidates.removeAll(shown);
        assertThat(candidates).as("the engine has candidates beyond the shown ones").isNotEmpty();
        for (String notShown : candidates) {
            TestHttpClient.Response refused = shopper.postFromScript("/crosssell/cart/add", "csrfToken", page.csrfToken(),
                    "placement", "fbt", "anchorProductId", "101", "productId", notShown);
            assertThat(refused.status).as(notShown).isEqualTo(409);
        }
        // A product named as its own anchor is added only where its page shows the widget: not a gift wrap.
        TestHttpClient.Response ownAnchor = shopper.postFromScript("/crosssell/cart/add", "csrfToken", page.csrfToken(),
                "placement", "fbt", "anchorProductId", "201", "productId", "201");
        assertThat(ownAnchor.status).isEqualTo(409);
        assertThat(shopper.cartLines()).isEmpty();
    }

    @Test
    void aServiceSkuPostedToThePlainAddIsRefusedWithoutABrokenRedirect() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();
        TestHttpClient.Response refused = shopper.post("/cart/add", "csrfToken", token, "productId", "201");
        assertThat(refused.location).endsWith("/cart?cartError=bad-request").doesNotContain("null");
        assertThat(shopper.cartLines()).isEmpty();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndNeverTakenFromTheUrl() throws Exception {
        TestHttpClient first = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response page = first.get("/bikes/metro-commuter-bike");
        String cookie = sessionCookie(page);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        first.addToCart("111");
        String sessionId = first.cookie("JSESSIONID");

        TestHttpClient other = new TestHttpClient(site.baseUrl());
        TestHttpClient.Response withIdInUrl = other.get("/cart;jsessionid=" + sessionId);
        assertThat(withIdInUrl.body).doesNotContain("Urban Shell Helmet");
        assertThat(page.body).doesNotContain(";jsessionid=");
    }

    @Test
    void loggingInGivesTheShopperANewSessionId() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        String token = shopper.get("/bikes/metro-commuter-bike").csrfToken();
        shopper.addToCart("111");
        String before = shopper.cookie("JSESSIONID");
        assertThat(before).isNotNull();

        TestHttpClient.Response login = shopper.post("/login_post.htm", "csrfToken", token,
                "j_username", "demo.shopper.001@bikeshop.example", "j_password", "shopper");

        assertThat(login.status).as(login.location).isEqualTo(302);
        assertThat(login.location).doesNotContain("error");
        assertThat(shopper.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void pagesAndErrorsCarryTheSecurityHeaders() throws Exception {
        TestHttpClient anonymous = new TestHttpClient(site.baseUrl());
        for (String path : new String[] {"/", "/bikes/metro-commuter-bike", "/no-such-page", "/crosssell/recommendations?productId=101"}) {
            TestHttpClient.Response response = anonymous.get(path);
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'self'");
        }
    }

    @Test
    void errorsAre4xxPagesWithoutStackTraces() throws Exception {
        TestHttpClient.Response malformed = TestHttpClient.raw(site.port(), "GET /bikes?q=%ZZ HTTP/1.1\r\nHost: 127.0.0.1");
        assertThat(malformed.status).isEqualTo(400);
        assertThat(malformed.body).doesNotContainPattern(TestHttpClient.STACK_TRACE);
        TestHttpClient.Response malformedPost = TestHttpClient.raw(site.port(), "POST /cart/add HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=%ZZ&b");
        assertThat(malformedPost.status).isEqualTo(400);
        TestHttpClient.Response missing = new TestHttpClient(site.baseUrl()).get("/no/such/page");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.body).doesNotContainPattern(TestHttpClient.STACK_TRACE);
    }

    @Test
    void orderEmailLinksUseTheConfiguredStoreUrlNotTheHostHeader() throws Exception {
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("101");
        String token = shopper.get("/checkout").csrfToken();
        TestHttpClient.Response placed = shopper.sendWithHeaders("POST", "/checkout",
                Collections.singletonMap("Host", "evil.example"), "csrfToken", token, "emailAddress", "host-header@example.com");
        assertThat(placed.status).isEqualTo(302);

        String html = orderEmail("host-header@example.com");
        assertThat(html).doesNotContain("evil.example").contains("href=\"" + EmbeddedWebApp.storeUrl(0) + "/");
    }

    @Test
    void anOverlongEmailAddressIsRefusedWithItsReasonAndNoOrder() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        int submitted = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Integer.class);
        TestHttpClient shopper = new TestHttpClient(site.baseUrl());
        shopper.addToCart("111");
        StringBuilder local = new StringBuilder();
        while (local.length() < 300) {
            local.append("a");
        }
        String token = shopper.get("/checkout").csrfToken();
        TestHttpClient.Response refused = shopper.post("/checkout", "csrfToken", token, "emailAddress", local + "@example.com");
        assertThat(refused.status).isEqualTo(200);
        assertThat(refused.body).contains("An e-mail address has at most 254 characters.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'", Integer.class))
                .isEqualTo(submitted);
        assertThat(shopper.cartLines()).containsExactly("111x1");
    }

    @Test
    void merchandiserAndShopperTextsAreEscapedOnEveryPageAndInTheJson() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(site.rootContext().getBean("webDS", javax.sql.DataSource.class));
        String description = jdbc.queryForObject("SELECT DESCRIPTION FROM CS_ADDON WHERE CS_ADDON_ID = 2", String.class);
        String manufacturer = jdbc.queryForObject("SELECT MANUFACTURE FROM BLC_PRODUCT WHERE PRODUCT_ID = 111", String.class);
        String lightSet = jdbc.queryForObject("SELECT NAME FROM BLC_SKU WHERE SKU_ID = 133", String.class);
        try {
            // Straight into the database, past the admin's validation: output escaping must hold on its own.
            for (String payload : XssCorpus.PAYLOADS) {
                setTexts(jdbc, payload, payload, "Commuter Light Set " + payload);
                TestHttpClient shopper = new TestHttpClient(site.baseUrl());
                List<String> pages = new ArrayList<String>();
                pages.add(shopper.get("/bikes/metro-commuter-bike").body);
                pages.add(shopper.get("/helmets/urban-shell-helmet").body);
                pages.add(shopper.get("/crosssell/recommendations?productId=101&placement=fbt").body);
                shopper.addToCart("101", "133");
                pages.add(shopper.get("/cart").body);
                pages.add(shopper.get("/checkout").body);
                String email = "xss-" + XssCorpus.PAYLOADS.indexOf(payload) + "@example.com";
                String orderNumber = shopper.placeOrder(email);
                pages.add(shopper.get("/confirmation/" + orderNumber).body);
                pages.add(orderEmail(email));
                for (String page : pages) {
                    XssCorpus.assertNotExecutable(page, payload);
                }
            }
        } finally {
            setTexts(jdbc, description, manufacturer, lightSet);
        }
    }

    /** Writes the warranty's description, the helmet's manufacturer and the light set's name, and drops what caches held of them. */
    private static void setTexts(JdbcTemplate jdbc, String warrantyDescription, String helmetManufacturer, String lightSetName) {
        jdbc.update("UPDATE CS_ADDON SET DESCRIPTION = ? WHERE CS_ADDON_ID = 2", warrantyDescription);
        jdbc.update("UPDATE BLC_PRODUCT SET MANUFACTURE = ? WHERE PRODUCT_ID = 111", helmetManufacturer);
        jdbc.update("UPDATE BLC_SKU SET NAME = ? WHERE SKU_ID = 133", lightSetName);
        site.rootContext().getBean("csCatalogAdapter", BroadleafCatalogAdapter.class).refresh();
        evictCaches();
    }

    /** The HTML of the order e-mail last sent to the address. */
    private static String orderEmail(String address) throws Exception {
        MimeMessage sent = site.rootContext().getBean("demoMailOutbox", DemoMailOutbox.class).lastSentTo(address);
        assertThat(sent).as("order e-mail to " + address).isNotNull();
        return String.valueOf(sent.getContent());
    }

    private static void evictCaches() {
        net.sf.ehcache.CacheManager.getInstance().clearAll();
    }

    private static String sessionCookie(TestHttpClient.Response response) {
        for (String cookie : response.setCookies()) {
            if (cookie.startsWith("JSESSIONID=")) {
                return cookie;
            }
        }
        throw new AssertionError("No session cookie set: " + response.setCookies());
    }

    private static List<String> checkedItems(String page) {
        List<String> ids = new ArrayList<String>();
        Matcher box = Pattern.compile("name=\"productId\" class=\"cs-check\" checked=\"checked\" value=\"(\\d+)\"").matcher(page);
        while (box.find()) {
            ids.add(box.group(1));
        }
        return ids;
    }
}
