package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "Recommended for you" in the demo storefront: built from what the shopper viewed in this session and, signed in,
 * from their orders; nothing for a shopper without history.
 */
@Tag(SharedApp.STOREFRONT)
class PersonalRecommendationsIT {

    private static final Pattern ITEM = Pattern.compile("\"productId\":(\\d+)");
    private static final String WIDGET = "data-cs-placement=\"personal\"";

    private static EmbeddedWebApp site;

    @BeforeAll
    static void startStorefront() throws Exception {
        site = SharedApp.storefront();
    }

    @Test
    void theHomePageRecommendsComplementsOfWhatAGuestViewedAndNothingBefore() throws Exception {
        TestHttpClient guest = new TestHttpClient(site.baseUrl());
        assertThat(guest.get("/").body).doesNotContain(WIDGET);

        guest.get("/bikes/metro-commuter-bike");
        String home = guest.get("/").body;

        assertThat(home).contains(WIDGET, "Recommended for you");
        String widget = home.substring(home.indexOf(WIDGET));
        assertThat(widget).contains("class=\"cs-item\" data-cs-product-id=")
                .doesNotContain("data-cs-product-id=\"101\"")
                .contains("name=\"placement\" value=\"personal\"", "name=\"returnUrl\" value=\"/\"");
        assertThat(personal(guest)).isNotEmpty().doesNotContain(101L);
        assertThat(personal(new TestHttpClient(site.baseUrl()))).as("a new visitor has no history").isEmpty();
    }

    @Test
    void aSignedInCustomersOrdersAddToWhatTheyViewedOnTheHomeAndAccountPages() throws Exception {
        TestHttpClient guest = new TestHttpClient(site.baseUrl());
        guest.get("/bikes/metro-commuter-bike");
        TestHttpClient customer = new TestHttpClient(site.baseUrl());
        String token = customer.get("/bikes/metro-commuter-bike").csrfToken();
        List<Long> beforeSigningIn = personal(customer);

        TestHttpClient.Response login = customer.post("/login_post.htm", "csrfToken", token,
                "j_username", "demo.shopper.001@bikeshop.example", "j_password", "shopper");

        assertThat(login.status).isEqualTo(302);
        assertThat(login.location).doesNotContain("error");
        assertThat(beforeSigningIn).isEqualTo(personal(guest));
        assertThat(personal(customer)).as("the session's history survives the login, the orders join it")
                .isNotEmpty().isNotEqualTo(beforeSigningIn);
        TestHttpClient.Response account = customer.get("/account");
        assertThat(account.status).isEqualTo(200);
        assertThat(account.body).contains("Your account, Demo Shopper 001", "class=\"account-order\"", WIDGET,
                "name=\"returnUrl\" value=\"/account\"");
        assertThat(guest.get("/account").status).as("a guest has no account page").isEqualTo(302);
    }

    @Test
    void anItemRecommendedForYouCanBeAddedFromTheHomePage() throws Exception {
        TestHttpClient guest = new TestHttpClient(site.baseUrl());
        guest.get("/bikes/metro-commuter-bike");
        TestHttpClient.Response home = guest.get("/");
        String widget = home.body.substring(home.body.indexOf(WIDGET));
        Matcher first = Pattern.compile("name=\"productId\" value=\"(\\d+)\"").matcher(widget);
        assertThat(first.find()).isTrue();
        String token = home.csrfToken();

        TestHttpClient.Response added = guest.post("/crosssell/cart/add", "csrfToken", token, "placement", "personal",
                "productId", first.group(1), "returnUrl", "/");

        assertThat(added.status).isEqualTo(303);
        assertThat(added.location).as("to the cart, as every widget add").endsWith("/cart").doesNotContain("csError");
        assertThat(guest.cartLines()).hasSize(1);
    }

    private static List<Long> personal(TestHttpClient shopper) throws Exception {
        TestHttpClient.Response response = shopper.get("/crosssell/recommendations?placement=personal");
        assertThat(response.status).isEqualTo(200);
        List<Long> ids = new ArrayList<Long>();
        Matcher item = ITEM.matcher(response.body);
        while (item.find()) {
            ids.add(Long.valueOf(item.group(1)));
        }
        return ids;
    }
}
