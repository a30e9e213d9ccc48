package io.crosssell.browser;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.util.concurrent.TimeUnit;

import io.crosssell.demo.launch.DemoDatabaseServer;
import io.crosssell.demo.launch.DemoShop;
import io.crosssell.demo.launch.EmbeddedWebApp;

/**
 * The demo shop as the browser suites drive it: the storefront in this JVM and the admin console in a JVM of its own
 * (as in the demo), on one HSQLDB server.
 */
final class BrowserShop implements AutoCloseable {

    private static final long ADMIN_START_SECONDS = 240;

    final DemoDatabaseServer database;
    final EmbeddedWebApp site;
    final Process admin;
    final String adminUrl;

    private BrowserShop(DemoDatabaseServer database, EmbeddedWebApp site, Process admin, String adminUrl) {
        this.database = database;
        this.site = site;
        this.admin = admin;
        this.adminUrl = adminUrl;
    }

    static BrowserShop start() throws Exception {
        DemoDatabaseServer database = DemoDatabaseServer.start(freePort());
        EmbeddedWebApp site = EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, database.settings(), true);
        int adminPort = freePort();
        Process admin = DemoShop.launch(EmbeddedWebApp.App.ADMIN, adminPort, database.settings(), false);
        BrowserShop shop = new BrowserShop(database, site, admin, "http://127.0.0.1:" + adminPort + "/admin");
        shop.awaitAdmin();
        return shop;
    }

    @Override
    public void close() throws Exception {
        admin.destroy();
        admin.waitFor(30, TimeUnit.SECONDS);
        site.close();
        database.close();
    }

    private void awaitAdmin() throws Exception {
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(ADMIN_START_SECONDS);
        while (System.currentTimeMillis() < deadline) {
            if (!admin.isAlive()) {
                throw new AssertionError("the admin console's JVM exited while starting");
            }
            if (answers(adminUrl + "/login")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the admin console did not start within " + ADMIN_START_SECONDS + " s");
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
