package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Boots the real demo admin console (Broadleaf admin + plugin) on an in-memory HSQLDB and drives it over HTTP. */
class AdminConsoleIT {

    private static EmbeddedWebApp admin;

    @BeforeAll
    static void startAdmin() throws Exception {
        admin = EmbeddedWebApp.start(EmbeddedWebApp.App.ADMIN, 0, DatabaseSettings.hsqldbInMemory("admin-it"), true);
    }

    @AfterAll
    static void stopAdmin() throws Exception {
        if (admin != null) {
            admin.close();
        }
    }

    private static TestHttpClient.Response logIn(TestHttpClient http, String user, String password) throws Exception {
        String token = http.get("/login").csrfToken();
        return http.post("/login_admin_post", "j_username", user, "j_password", password, "csrfToken", token);
    }

    @Test
    void seededAdminLogsInAndSeesSeededProducts() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());

        TestHttpClient.Response login = logIn(http, "admin", "admin");
        assertThat(login.status).isEqualTo(302);
        assertThat(login.location).endsWith("/admin/loginSuccess");

        TestHttpClient.Response products = http.get("/product");
        assertThat(products.status).isEqualTo(200);
        assertThat(products.body).contains("Metro Commuter Bike", "Heavy U-Lock");
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());

        TestHttpClient.Response login = logIn(http, "admin", "not-the-password");

        assertThat(login.status).isEqualTo(302);
        assertThat(login.location).contains("login_error=true");
        TestHttpClient.Response products = http.get("/product");
        assertThat(products.body).doesNotContain("Metro Commuter Bike");
    }

    @Test
    void crossSellRulesSectionIsInTheAdminMenu() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        logIn(http, "admin", "admin");

        TestHttpClient.Response rules = http.get("/crosssell-rules");

        assertThat(rules.status).isEqualTo(200);
        assertThat(rules.body).contains("Cross-sell Rules", "href=\"/admin/crosssell-rules\"");
    }
}
