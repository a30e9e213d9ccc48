package io.crosssell.demo.launch;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the demo shop: an HSQLDB server on loopback, then the storefront (which creates and seeds the
 * schema), then the admin console, each Broadleaf app in a JVM of its own as in production.
 * Ctrl-C stops everything.
 */
public final class DemoShop {

    /** JVM flags Broadleaf 3.1 needs on JDK 17 (docs/Broadleaf-on-JDK17.md). */
    static final List<String> BROADLEAF_JVM_FLAGS = Arrays.asList(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.desktop/java.beans=ALL-UNNAMED",
            "-Dmvel2.disable.jit=true");

    private static final long START_TIMEOUT_SECONDS = 240;

    private DemoShop() {
    }

    public static void main(String[] args) throws Exception {
        int sitePort = DemoSettings.getPort("site.port", 8080);
        int adminPort = DemoSettings.getPort("admin.port", 8081);
        int databasePort = DemoSettings.getPort("db.port", 9001);

        DatabaseSettings database = DatabaseSettings.fromSystemProperties();
        final DemoDatabaseServer databaseServer = database == null ? DemoDatabaseServer.start(databasePort) : null;
        if (databaseServer != null) {
            database = databaseServer.settings();
        }
        System.out.println("[demo] database: " + database);

        final List<Process> children = new ArrayList<Process>();
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                for (Process child : children) {
                    child.destroy();
                }
                if (databaseServer != null) {
                    databaseServer.close();
                }
            }
        }));

        long started = System.currentTimeMillis();
        // The demo shop, unlike the tests, runs the seeded "Widget holdout" experiment (docs/Experiments.md).
        Process site = launch(EmbeddedWebApp.App.SITE, sitePort, database, true, "-Dcrosssell.demo.experiment=true");
        children.add(site);
        awaitReady(site, "http://127.0.0.1:" + sitePort + "/", "storefront");
        Process admin = launch(EmbeddedWebApp.App.ADMIN, adminPort, database, false);
        children.add(admin);
        awaitReady(admin, "http://127.0.0.1:" + adminPort + "/admin/login", "admin console");

        System.out.println();
        System.out.println("[demo] Broadleaf Cross-Sell demo shop is up after "
                + (System.currentTimeMillis() - started) / 1000 + " s");
        System.out.println("[demo]   storefront:    http://localhost:" + sitePort + "/");
        System.out.println("[demo]   admin console: http://localhost:" + adminPort + "/admin/  (admin / admin)");
        System.out.println("[demo] Press Ctrl-C to stop.");

        while (true) {
            for (Process child : children) {
                if (child.waitFor(1, TimeUnit.SECONDS)) {
                    System.err.println("[demo] a demo application exited (code " + child.exitValue() + "); stopping");
                    System.exit(1);
                }
            }
        }
    }

    /**
     * Starts one Broadleaf app in a JVM of its own on this JVM's class path, its output mixed into ours
     * ({@code createSchema}: create and seed the schema, else attach to it).
     */
    public static Process launch(EmbeddedWebApp.App app, int port, DatabaseSettings database, boolean createSchema,
            String... jvmFlags) throws IOException {
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(BROADLEAF_JVM_FLAGS);
        command.addAll(Arrays.asList(jvmFlags));
        command.add("-Xmx768m");
        command.addAll(Arrays.asList(database.asJvmArguments()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmbeddedWebApp.class.getName());
        command.add(app.name().toLowerCase());
        command.add(String.valueOf(port));
        command.add(createSchema ? "create" : "attach");
        System.out.println("[demo] starting the " + app.name().toLowerCase() + " on port " + port);
        return new ProcessBuilder(command).inheritIO().start();
    }

    private static void awaitReady(Process process, String url, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS);
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                System.err.println("[demo] the " + name + " failed to start; see the log above");
                System.exit(1);
            }
            if (responds(url)) {
                return;
            }
            Thread.sleep(500);
        }
        System.err.println("[demo] the " + name + " did not answer " + url + " within " + START_TIMEOUT_SECONDS + " s");
        System.exit(1);
    }

    private static boolean responds(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
