package io.crosssell.demo.launch;

import static io.crosssell.demo.launch.AdminForms.logIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import io.crosssell.admin.install.AdminSecurityInstaller;

/**
 * A shop laid out like Broadleaf's DemoSite: the storefront creates the schema and runs the imports without this
 * module's admin security file; the admin, started afterwards on the same database, installs its menu, sections and
 * permissions itself — and doing so again changes nothing.
 */
class AdminInstallationIT {

    private static final String[] PAGES = {"/crosssell-rules", "/crosssell-preview", "/crosssell-rules-csv", "/crosssell-mining",
            "/crosssell-bundles", "/crosssell-addons", "/crosssell-bundles-csv", "/crosssell-performance", "/crosssell-experiments"};

    private static ServerDatabaseShop shop;
    private static EmbeddedWebApp site;
    private static String adminUrl;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void storefrontWithoutTheModulesAdminRowsThenTheAdmin() throws Exception {
        shop = ServerDatabaseShop.start();
        site = shop.storefront();
        jdbc = shop.jdbc();
        removeModuleRows();
        adminUrl = shop.launchAdmin();
    }

    @AfterAll
    static void stop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void theAdminInstallsEverySectionAndTheAdministratorReachesThem() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID <= -9000", Integer.class))
                .isEqualTo(PAGES.length);
        TestHttpClient administrator = new TestHttpClient(adminUrl);
        logIn(administrator, "admin", "admin");
        String menu = administrator.get("/crosssell-rules").body;
        for (String page : PAGES) {
            assertThat(administrator.get(page).status).as(page).isEqualTo(200);
            assertThat(menu).as("the menu links " + page).contains("/admin" + page + "\"");
        }
    }

    @Test
    void installingAgainChangesNothing() {
        int rows = moduleRows();
        AdminSecurityInstaller again = new AdminSecurityInstaller(site.rootContext().getBean("blTransactionManager",
                JpaTransactionManager.class));

        assertThat(again.install()).as("rows inserted").isZero();
        assertThat(again.problems()).isEmpty();
        assertThat(moduleRows()).isEqualTo(rows);
    }

    /** As if the imports never had the module's file: its rows (ids -9000 and below) and what points at them go. */
    private static void removeModuleRows() {
        jdbc.update("DELETE FROM BLC_ADMIN_USER_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID <= -9000 OR ADMIN_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID <= -9000 OR CHILD_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID <= -9000");
        jdbc.update("DELETE FROM BLC_ADMIN_MODULE WHERE ADMIN_MODULE_ID <= -9000");
        assertThat(moduleRows()).isZero();
    }

    private static int moduleRows() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM BLC_ADMIN_MODULE WHERE ADMIN_MODULE_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID <= -9000)"
                + " + (SELECT COUNT(*) FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID <= -9000) FROM (VALUES(0))",
                Integer.class);
    }
}
