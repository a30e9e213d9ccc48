package io.crosssell.demo.launch;

/**
 * The demo storefront or admin booted once per test JVM, with the demo's default settings on one in-memory
 * database, for the test classes tagged {@link #STOREFRONT} or {@link #ADMIN} (demo/pom.xml runs each tag in a
 * JVM of its own). The app is never closed by a test class: its Jetty stops when the JVM exits
 * ({@code setStopAtShutdown}).
 * <p>
 * The classes sharing it see each other's data: each one compares counts with their values before it acted, uses
 * bundles and rules of its own where it asserts exact figures, and puts back what it changes (in finally blocks,
 * {@code @AfterEach} or {@code @AfterAll}). A class that needs other settings or a pristine database boots its own
 * app and stays untagged.
 */
final class SharedApp {

    /** Tag of the test classes that share the storefront. */
    static final String STOREFRONT = "shared-storefront";

    /** Tag of the test classes that share the admin. */
    static final String ADMIN = "shared-admin";

    private static EmbeddedWebApp.App booted;
    private static EmbeddedWebApp app;
    private static Exception bootFailure;

    private SharedApp() {
    }

    /** The storefront of this JVM, booted on first use. */
    static EmbeddedWebApp storefront() throws Exception {
        // Lets tests send a forged Host header; read once, at the JVM's first HTTP connection, which comes after the boot.
        System.setProperty("sun.net.http.allowRestrictedHeaders", "true");
        return get(EmbeddedWebApp.App.SITE, "shared-storefront");
    }

    /** The admin of this JVM, booted on first use. */
    static EmbeddedWebApp admin() throws Exception {
        return get(EmbeddedWebApp.App.ADMIN, "shared-admin");
    }

    private static synchronized EmbeddedWebApp get(EmbeddedWebApp.App wanted, String database) throws Exception {
        if (booted != null && booted != wanted) {
            throw new IllegalStateException("This JVM already runs the " + booted + " app; a storefront and an admin cannot"
                    + " share a JVM (Broadleaf keeps JVM-wide state). Tag the test class to run with its kind.");
        }
        if (bootFailure != null) {
            // One failed boot fails every class of the JVM at once instead of booting again for each.
            throw new IllegalStateException("The shared " + wanted + " app failed to start", bootFailure);
        }
        if (app == null) {
            booted = wanted;
            try {
                // A server database when one is given (CROSSSELL_DEMO_DB_URL…, as for the demo), else in-memory HSQLDB.
                DatabaseSettings given = DatabaseSettings.fromSystemProperties();
                app = EmbeddedWebApp.start(wanted, 0, given != null ? given : DatabaseSettings.hsqldbInMemory(database), true);
            } catch (Exception e) {
                bootFailure = e;
                throw e;
            }
        }
        return app;
    }
}
