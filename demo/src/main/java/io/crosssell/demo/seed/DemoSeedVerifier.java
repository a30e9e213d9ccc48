package io.crosssell.demo.seed;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks that the demo's seed rows are really in the database. Hibernate's import only logs a failing
 * SQL file and carries on, so without this check a broken seed shows up as an empty shop much later.
 */
public class DemoSeedVerifier {

    /** Minimum generated order history the storefront promises (see the README). */
    public static final int MIN_SUBMITTED_ORDERS = 2000;

    private final JdbcTemplate jdbc;

    public DemoSeedVerifier(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Every missing seed, described for a person; empty when the seed is complete. */
    public List<String> findProblems(boolean requireStorefrontSeed) {
        List<String> problems = new ArrayList<String>();
        int expectedProducts = DemoCatalog.all().size();
        int products = count("SELECT COUNT(*) FROM BLC_PRODUCT WHERE PRODUCT_ID BETWEEN 100 AND 199");
        if (products != expectedProducts) {
            problems.add("expected " + expectedProducts + " demo products from sql/demo_catalog.sql, found " + products);
        }
        int skus = count("SELECT COUNT(*) FROM BLC_SKU s JOIN BLC_PRODUCT p ON p.DEFAULT_SKU_ID = s.SKU_ID"
                + " WHERE p.PRODUCT_ID BETWEEN 100 AND 199");
        if (skus != expectedProducts) {
            problems.add("expected a default SKU for each of the " + expectedProducts + " demo products, found " + skus);
        }
        int pictures = count("SELECT COUNT(*) FROM BLC_SKU_MEDIA_MAP m JOIN BLC_MEDIA d ON d.MEDIA_ID = m.MEDIA_ID"
                + " JOIN BLC_STATIC_ASSET a ON d.URL = CONCAT('/cmsstatic', a.FULL_URL) WHERE m.MAP_KEY = 'primary'"
                + " AND m.BLC_SKU_SKU_ID BETWEEN 100 AND 199");
        if (pictures != expectedProducts) {
            problems.add("expected a primary picture for each of the " + expectedProducts
                    + " demo products from sql/demo_media.sql, found " + pictures);
        }
        int categories = count("SELECT COUNT(*) FROM BLC_CATEGORY WHERE URL IS NOT NULL");
        if (categories < DemoCatalog.CATEGORY_COUNT) {
            problems.add("expected " + DemoCatalog.CATEGORY_COUNT + " demo categories, found " + categories);
        }
        if (count("SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE NAME = 'PERMISSION_OTHER_DEFAULT'") != 1) {
            problems.add("Broadleaf's admin permissions (config/bc/sql/load_admin_permissions.sql) are missing");
        }
        if (count("SELECT COUNT(*) FROM BLC_ADMIN_USER WHERE LOGIN = 'admin'") != 1) {
            problems.add("the demo admin user (sql/demo_shop_setup.sql) is missing");
        }
        if (count("SELECT COUNT(*) FROM BLC_ADMIN_SECTION WHERE SECTION_KEY = 'CrossSellRules'") != 1) {
            problems.add("the cross-sell admin section (config/crosssell/sql/load_crosssell_admin_security.sql) is missing");
        }
        if (count("SELECT COUNT(*) FROM CS_ADDON a JOIN BLC_SKU s ON s.SKU_ID = a.SKU_ID") < 4) {
            problems.add("the demo's add-ons (sql/demo_addons.sql) are missing");
        }
        if (count("SELECT COUNT(*) FROM CS_RULE") < 8) {
            problems.add("the demo's cross-sell rules (sql/demo_crosssell_rules.sql) are missing");
        }
        if (requireStorefrontSeed) {
            int orders = count("SELECT COUNT(*) FROM BLC_ORDER WHERE ORDER_STATUS = 'SUBMITTED'");
            if (orders < MIN_SUBMITTED_ORDERS) {
                problems.add("expected at least " + MIN_SUBMITTED_ORDERS + " submitted demo orders, found " + orders);
            }
            // Seeded at start-up through the bundle service, like the orders: the storefront's job.
            if (count("SELECT COUNT(*) FROM CS_BUNDLE b JOIN BLC_OFFER o ON o.OFFER_ID = b.OFFER_ID") < 1) {
                problems.add("the demo's bundle discount (DemoBundles) and its Broadleaf offer are missing");
            }
        }
        return problems;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
