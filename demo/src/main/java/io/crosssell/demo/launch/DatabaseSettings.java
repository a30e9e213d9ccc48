package io.crosssell.demo.launch;

import java.util.Properties;

/**
 * Where the demo's three Broadleaf persistence units keep their data. Broadleaf's secure and CMS
 * units get databases of their own: sharing one lets them recreate SEQUENCE_GENERATOR after the main
 * unit seeded it.
 */
public final class DatabaseSettings {

    static final String PREFIX = DemoSettings.PREFIX + "db.";

    final String driver;
    final String dialect;
    final String webUrl;
    final String secureUrl;
    final String cmsUrl;
    final String username;
    final String password;

    private DatabaseSettings(String driver, String dialect, String webUrl, String secureUrl, String cmsUrl,
            String username, String password) {
        this.driver = driver;
        this.dialect = dialect;
        this.webUrl = webUrl;
        this.secureUrl = secureUrl;
        this.cmsUrl = cmsUrl;
        this.username = username;
        this.password = password;
    }

    /** Three in-process HSQLDB databases, private to this JVM (integration tests). */
    public static DatabaseSettings hsqldbInMemory(String name) {
        String base = "jdbc:hsqldb:mem:" + name;
        return hsqldb(base + "-web", base + "-secure", base + "-cms");
    }

    /** The three databases of a {@link DemoDatabaseServer} on this machine's loopback. */
    public static DatabaseSettings hsqldbServer(int port) {
        String base = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/";
        return hsqldb(base + DemoDatabaseServer.WEB, base + DemoDatabaseServer.SECURE, base + DemoDatabaseServer.CMS);
    }

    private static DatabaseSettings hsqldb(String web, String secure, String cms) {
        return new DatabaseSettings("org.hsqldb.jdbcDriver", "org.hibernate.dialect.HSQLDialect", web, secure, cms, "sa", "");
    }

    /**
     * Settings given as system properties ({@code crosssell.demo.db.url}, {@code .secureUrl},
     * {@code .cmsUrl}, {@code .username}, {@code .password}, {@code .driver}, {@code .dialect}) or as
     * environment variables of the same names ({@code CROSSSELL_DEMO_DB_URL}, ...), or null when no URL
     * is given.
     */
    public static DatabaseSettings fromSystemProperties() {
        String url = setting("url", null);
        if (url == null || url.trim().isEmpty()) {
            return null;
        }
        String driver;
        String dialect;
        if (url.startsWith("jdbc:postgresql:")) {
            driver = "org.postgresql.Driver";
            dialect = "org.hibernate.dialect.PostgreSQL82Dialect";
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            driver = "org.mariadb.jdbc.Driver";
            dialect = "org.hibernate.dialect.MySQL5InnoDBDialect";
        } else {
            driver = "org.hsqldb.jdbcDriver";
            dialect = "org.hibernate.dialect.HSQLDialect";
        }
        return new DatabaseSettings(
                setting("driver", driver),
                setting("dialect", dialect),
                url,
                setting("secureUrl", url),
                setting("cmsUrl", url),
                setting("username", "sa"),
                setting("password", ""));
    }

    private static String setting(String name, String fallback) {
        return DemoSettings.get("db." + name, fallback);
    }

    /** The same settings as system-property arguments for a child JVM. */
    String[] asJvmArguments() {
        return new String[] {
                "-D" + PREFIX + "driver=" + driver,
                "-D" + PREFIX + "dialect=" + dialect,
                "-D" + PREFIX + "url=" + webUrl,
                "-D" + PREFIX + "secureUrl=" + secureUrl,
                "-D" + PREFIX + "cmsUrl=" + cmsUrl,
                "-D" + PREFIX + "username=" + username,
                "-D" + PREFIX + "password=" + password,
        };
    }

    /** Broadleaf runtime properties that point the three persistence units at these databases. */
    Properties asRuntimeProperties() {
        Properties properties = new Properties();
        properties.setProperty("demo.jdbc.driver", driver);
        properties.setProperty("demo.jdbc.url.web", webUrl);
        properties.setProperty("demo.jdbc.url.secure", secureUrl);
        properties.setProperty("demo.jdbc.url.cms", cmsUrl);
        properties.setProperty("demo.jdbc.username", username);
        properties.setProperty("demo.jdbc.password", password);
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            properties.setProperty(unit + ".hibernate.dialect", dialect);
        }
        return properties;
    }

    @Override
    public String toString() {
        return webUrl;
    }
}
