package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.hiddenFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin console's security regression suite (docs/Security.md), against the booted demo admin: CSRF on
 * every POST endpoint its handler mappings publish, an authorisation matrix read from the permissions the
 * plugin declares, escaped form fields, session and header hardening, and the CSV import's budgets.
 */
@Tag(SharedApp.ADMIN)
class AdminSecurityIT {

    private static final Map<String, String> PASSWORDS = new LinkedHashMap<String, String>();

    static {
        PASSWORDS.put("admin", "admin");
        PASSWORDS.put("merchandiser", "merchandiser");
        PASSWORDS.put("viewer", "viewer");
    }

    private static EmbeddedWebApp admin;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startAdmin() throws Exception {
        admin = SharedApp.admin();
        jdbc = new JdbcTemplate(admin.rootContext().getBean("webDS", javax.sql.DataSource.class));
    }

    @AfterEach
    void takeOutTheRulesTheTestAdded() {
        TestRules.deleteNamed(admin, "Budget rule", "Bike to lock", "Same link", "Padding rule");
    }

    /** The CSRF token of each signed-in client's session (read on the login page; kept across the login). */
    private static final Map<TestHttpClient, String> TOKENS = new java.util.IdentityHashMap<TestHttpClient, String>();

    private static TestHttpClient signedIn(String user) throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        String token = http.get("/login").csrfToken();
        TestHttpClient.Response login = http.post("/login_admin_post", "j_username", user, "j_password", PASSWORDS.get(user),
                "csrfToken", token);
        assertThat(login.location).as(user).endsWith("/admin/loginSuccess");
        TOKENS.put(http, token);
        return http;
    }

    @Test
    void everyPostEndpointRefusesAMissingOrWrongCsrfTokenWith403AndNoStackTrace() throws Exception {
        Set<String> endpoints = HandlerEndpoints.postPaths(admin, "crosssell-rules");
        assertThat(endpoints).contains("/crosssell-rules-csv/import", "/crosssell-bundles-csv/import", "/crosssell-mining/rebuild",
                "/crosssell-performance/suggestions/add-rule", "/crosssell-performance/suggestions/deactivate-rule");
        TestHttpClient full = signedIn("admin");
        int rules = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        for (String endpoint : endpoints) {
            for (String[] form : new String[][] {{"fields['name'].value", "x"}, {"csrfToken", "wrong", "fields['name'].value", "x"}}) {
                TestHttpClient.Response refused = full.post(endpoint, form);
                assertThat(refused.status).as("POST " + endpoint + " with " + Arrays.toString(form)).isEqualTo(403);
                assertThat(refused.body).as(endpoint).doesNotContainPattern(TestHttpClient.STACK_TRACE);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(rules);
    }

    @Test
    void eachPluginSectionOpensExactlyForTheUsersItsPermissionsAllow() throws Exception {
        List<Map<String, Object>> sections = jdbc.queryForList(
                "SELECT ADMIN_SECTION_ID, URL FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID <= -9000 ORDER BY ADMIN_SECTION_ID");
        assertThat(sections).hasSizeGreaterThanOrEqualTo(5);
        TestHttpClient anonymous = new TestHttpClient(admin.baseUrl());
        Map<String, TestHttpClient> users = new LinkedHashMap<String, TestHttpClient>();
        for (String user : PASSWORDS.keySet()) {
            users.put(user, signedIn(user));
        }
        StringBuilder matrix = new StringBuilder();
        for (Map<String, Object> section : sections) {
            String url = (String) section.get("URL");
            TestHttpClient.Response closed = anonymous.get(url);
            assertThat(closed.body).as("anonymous " + url).contains("j_username");
            for (Map.Entry<String, TestHttpClient> user : users.entrySet()) {
                boolean allowed = mayView(user.getKey(), ((Number) section.get("ADMIN_SECTION_ID")).longValue());
                TestHttpClient.Response page = user.getValue().get(url);
                matrix.append(url).append(" × ").append(user.getKey()).append(" → ").append(page.status).append('\n');
                if (allowed) {
                    assertThat(page.status).as(user.getKey() + " " + url).isEqualTo(200);
                } else {
                    assertThat(page.status).as(user.getKey() + " " + url).isEqualTo(403);
                }
                assertThat(page.body).as(url).doesNotContainPattern(TestHttpClient.STACK_TRACE);
            }
        }
        assertThat(matrix.toString()).contains("/crosssell-rules × viewer → 200", "/crosssell-rules × merchandiser → 403");

        // Changing needs the section's maintain (ALL) permission: a dry-run import stands for every change.
        for (String csvSection : new String[] {"/crosssell-rules-csv", "/crosssell-bundles-csv"}) {
            long sectionId = jdbc.queryForObject("SELECT ADMIN_SECTION_ID FROM BLC_ADMIN_SECTION WHERE URL = ?", Long.class, csvSection);
            for (Map.Entry<String, TestHttpClient> user : users.entrySet()) {
                String token = TOKENS.get(user.getValue());
                TestHttpClient.Response imported = user.getValue().post(csvSection + "/import", "csrfToken", token,
                        "csv", "id\r\n", "dryRun", "true");
                assertThat(imported.status).as(user.getKey() + " imports at " + csvSection)
                        .isEqualTo(mayMaintain(user.getKey(), sectionId) ? 200 : 403);
            }
        }
    }


    /** Whether a permission of the section that the user holds is of type ALL (maintain). */
    private static boolean mayMaintain(String login, long sectionId) {
        Integer granted = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ADMIN_SEC_PERM_XREF s"
                + " JOIN BLC_ADMIN_PERMISSION p ON p.ADMIN_PERMISSION_ID = s.ADMIN_PERMISSION_ID AND p.PERMISSION_TYPE = 'ALL'"
                + " WHERE s.ADMIN_SECTION_ID = ? AND s.ADMIN_PERMISSION_ID IN (SELECT rp.ADMIN_PERMISSION_ID FROM BLC_ADMIN_ROLE_PERMISSION_XREF rp"
                + "   JOIN BLC_ADMIN_USER_ROLE_XREF ur ON ur.ADMIN_ROLE_ID = rp.ADMIN_ROLE_ID"
                + "   JOIN BLC_ADMIN_USER u ON u.ADMIN_USER_ID = ur.ADMIN_USER_ID WHERE u.LOGIN = ?)",
                Integer.class, sectionId, login);
        return granted > 0;
    }

    @Test
    void brokenAdminRequestsAnswerWithoutStackTraces() throws Exception {
        TestHttpClient full = signedIn("admin");
        String token = full.get("/crosssell-rules/add").csrfToken();
        TestHttpClient.Response emptyPost = full.post("/crosssell-rules/add", "csrfToken", token);
        assertThat(emptyPost.body).as("status " + emptyPost.status).doesNotContainPattern(TestHttpClient.STACK_TRACE);
        TestHttpClient.Response malformed = TestHttpClient.raw(admin.port(), "GET /admin/crosssell-rules?x=%ZZ HTTP/1.1\r\nHost: 127.0.0.1");
        assertThat(malformed.status).isEqualTo(400);
        assertThat(malformed.body).doesNotContainPattern(TestHttpClient.STACK_TRACE);
        // Broadleaf takes an unknown section for an entity class and fails with a 500; it must not show why.
        TestHttpClient.Response missing = full.get("/crosssell-no-such-section");
        assertThat(missing.body).doesNotContainPattern(TestHttpClient.STACK_TRACE).doesNotContain("ClassNotFoundException");
    }

    /** What the plugin's security SQL grants: a user sees a section when a role or own permission of theirs is one of its. */
    private static boolean mayView(String login, long sectionId) {
        Integer granted = jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ADMIN_SEC_PERM_XREF s WHERE s.ADMIN_SECTION_ID = ? AND ("
                + " s.ADMIN_PERMISSION_ID IN (SELECT rp.ADMIN_PERMISSION_ID FROM BLC_ADMIN_ROLE_PERMISSION_XREF rp"
                + "   JOIN BLC_ADMIN_USER_ROLE_XREF ur ON ur.ADMIN_ROLE_ID = rp.ADMIN_ROLE_ID"
                + "   JOIN BLC_ADMIN_USER u ON u.ADMIN_USER_ID = ur.ADMIN_USER_ID WHERE u.LOGIN = ?)"
                + " OR s.ADMIN_PERMISSION_ID IN (SELECT up.ADMIN_PERMISSION_ID FROM BLC_ADMIN_USER_PERMISSION_XREF up"
                + "   JOIN BLC_ADMIN_USER u ON u.ADMIN_USER_ID = up.ADMIN_USER_ID WHERE u.LOGIN = ?))",
                Integer.class, sectionId, login, login);
        return granted > 0;
    }

    @Test
    void thePreviewWritesWhatItWasAskedForEscaped() throws Exception {
        TestHttpClient full = signedIn("admin");
        for (String payload : XssCorpus.PAYLOADS) {
            String encoded = java.net.URLEncoder.encode(payload, "UTF-8");
            for (String query : new String[] {"productId=" + encoded, "productId=101&cartProductIds=" + encoded,
                    "productId=101&customerId=" + encoded}) {
                TestHttpClient.Response page = full.get("/crosssell-preview?" + query);
                assertThat(page.status).as(query).isEqualTo(200);
                XssCorpus.assertNotExecutable(page.body, payload);
            }
        }
    }

    @Test
    void textAreasWriteStoredMarkupEscaped() throws Exception {
        TestHttpClient full = signedIn("admin");
        String message = jdbc.queryForObject("SELECT PROMOTION_MESSAGE FROM CS_RULE WHERE CS_RULE_ID = 1", String.class);
        String description = jdbc.queryForObject("SELECT LONG_DESCRIPTION FROM BLC_SKU WHERE SKU_ID = 101", String.class);
        try {
            for (String payload : XssCorpus.PAYLOADS) {
                setTexts(payload, payload);
                for (String form : new String[] {"/crosssell-rules/1", "/product/101"}) {
                    TestHttpClient.Response page = full.get(form);
                    assertThat(page.status).as(form).isEqualTo(200);
                    XssCorpus.assertNotExecutable(page.body, payload);
                    assertThat(page.body).as(form + " " + payload).doesNotContain("</textarea><img", "</textarea><script");
                }
            }
        } finally {
            setTexts(message, description);
        }
    }

    /** Writes rule 1's promotion message and the commuter bike's long description, and drops what caches held of them. */
    private static void setTexts(String ruleMessage, String bikeDescription) {
        jdbc.update("UPDATE CS_RULE SET PROMOTION_MESSAGE = ? WHERE CS_RULE_ID = 1", ruleMessage);
        jdbc.update("UPDATE BLC_SKU SET LONG_DESCRIPTION = ? WHERE SKU_ID = 101", bikeDescription);
        net.sf.ehcache.CacheManager.getInstance().clearAll();
    }

    @Test
    void aRuleTextWithMarkupIsRefusedAtItsField() throws Exception {
        TestHttpClient full = signedIn("admin");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        for (String[] field : new String[][] {{"name", "</textarea><img src=x onerror=alert(1)>"},
                {"promotionMessage", "Add a <b onmouseover=alert(1)>light</b>"}}) {
            List<String> fields = hiddenFields(full.get("/crosssell-rules/add").body);
            fields.addAll(Arrays.asList("fields['name'].value", "Bike to lock", "fields['ruleType'].value", "FREQUENTLY_BOUGHT_TOGETHER",
                    "fields['sourceProduct'].value", "102", "fields['targetProduct'].value", "121",
                    "fields['priority'].value", "10", "fields['active'].value", "true"));
            fields.addAll(Arrays.asList("fields['" + field[0] + "'].value", field[1]));
            TestHttpClient.Response refused = full.post("/crosssell-rules/add", fields.toArray(new String[0]));
            assertThat(refused.body).as(field[0]).contains("The text may not contain &lt; or control characters.");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);
        }
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrictAndChangesAtLogin() throws Exception {
        TestHttpClient http = new TestHttpClient(admin.baseUrl());
        TestHttpClient.Response loginPage = http.get("/login");
        String before = http.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        String cookie = null;
        for (String setCookie : loginPage.setCookies()) {
            cookie = setCookie.startsWith("JSESSIONID=") ? setCookie : cookie;
        }
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        http.post("/login_admin_post", "j_username", "admin", "j_password", "admin", "csrfToken", loginPage.csrfToken());
        assertThat(http.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        assertThat(loginPage.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(http.get("/crosssell-rules").header("Content-Security-Policy")).contains("frame-ancestors 'self'");
    }

    @Test
    void csvUploadCarriesItsTokenInTheBodyAndIsRefusedWithoutIt() throws Exception {
        TestHttpClient full = signedIn("admin");
        TestHttpClient.Response page = full.get("/crosssell-rules-csv");
        assertThat(page.body).doesNotContain("import?csrfToken=");
        byte[] csv = full.get("/crosssell-rules-csv/export").body.getBytes(StandardCharsets.UTF_8);

        TestHttpClient.Response dryRun = full.postFile("/crosssell-rules-csv/import", "file", "rules.csv", csv,
                "csrfToken", page.csrfToken(), "dryRun", "true");
        assertThat(dryRun.status).isEqualTo(200);
        assertThat(dryRun.body).contains("Dry run: nothing was written");

        TestHttpClient.Response withoutToken = full.postFile("/crosssell-rules-csv/import", "file", "rules.csv", csv, "dryRun", "true");
        assertThat(withoutToken.status).isEqualTo(403);
        assertThat(withoutToken.body).doesNotContainPattern(TestHttpClient.STACK_TRACE);
    }

    @Test
    void duplicateRowsGiveOneProblemEachAndTheReportShowsTheFirstHundred() throws Exception {
        TestHttpClient full = signedIn("admin");
        String token = full.get("/crosssell-rules-csv").csrfToken();
        StringBuilder csv = new StringBuilder(String.join(",", io.crosssell.rule.csv.RuleCsv.COLUMNS)).append("\r\n");
        for (int row = 0; row < 600; row++) {
            csv.append(",Same link,CART_CROSS_SELL,101,,111,,5,,,true,,,false\r\n");
        }
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);

        TestHttpClient.Response report = full.post("/crosssell-rules-csv/import", "csrfToken", token, "csv", csv.toString());

        assertThat(report.status).isEqualTo(200);
        assertThat(report.body.split("class=\"error cs-import-problem\"", -1)).hasSize(101);
        assertThat(report.body).contains("and 500 more problems (600 in all)", "Nothing was imported");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);
    }

    @Test
    void anImportOverItsTimeBudgetStopsAndWritesNothing() throws Exception {
        io.crosssell.rule.service.RuleImportService imports =
                admin.rootContext().getBean("csRuleImportService", io.crosssell.rule.service.RuleImportService.class);
        TestHttpClient full = signedIn("admin");
        String token = full.get("/crosssell-rules-csv").csrfToken();
        String csv = String.join(",", io.crosssell.rule.csv.RuleCsv.COLUMNS) + "\r\n,Budget rule,CART_CROSS_SELL,102,,121,,5,,,true,,,false\r\n";
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class);
        imports.setTimeBudgetMillis(0);
        try {
            TestHttpClient.Response stopped = full.post("/crosssell-rules-csv/import", "csrfToken", token, "csv", csv);
            assertThat(stopped.body).contains("The import took longer than 0 s and was stopped; nothing was written.");
        } finally {
            imports.setTimeBudgetMillis(io.crosssell.csv.ImportBudget.DEFAULT_MILLIS);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before);
        assertThat(full.post("/crosssell-rules-csv/import", "csrfToken", token, "csv", csv).body).contains("Imported.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM CS_RULE", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void aLargePastedCsvGetsTheImportsOwnAnswerNotTheContainersLimit() throws Exception {
        TestHttpClient full = signedIn("admin");
        String token = full.get("/crosssell-rules-csv").csrfToken();
        StringBuilder csv = new StringBuilder(full.get("/crosssell-rules-csv/export").body);
        while (csv.length() < 300_000) {
            csv.append(",Padding rule,CART_CROSS_SELL,101,,111,,5,,,true,,,false\r\n");
        }
        TestHttpClient.Response answered = full.post("/crosssell-rules-csv/import", "csrfToken", token, "csv", csv.toString(),
                "dryRun", "true");
        assertThat(answered.status).isEqualTo(200);
        assertThat(answered.body).doesNotContain("Form too large").doesNotContainPattern(TestHttpClient.STACK_TRACE)
                .contains("Nothing was imported", "more problems");

        StringBuilder huge = new StringBuilder();
        while (huge.length() < 2_100_000) {
            huge.append("x,");
        }
        TestHttpClient.Response tooLarge = full.post("/crosssell-rules-csv/import", "csrfToken", token, "csv", huge.toString());
        assertThat(tooLarge.status).isEqualTo(200);
        assertThat(tooLarge.body).contains("The CSV is too large to import at once.");
    }
}
