package io.crosssell.demo.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop as several processes share one database: an HSQLDB server, the storefront in this JVM (it creates the
 * schema and seeds it), and more storefronts or the admin in child JVMs, each started and awaited on demand.
 * For the ITs that need more than one app on one database; {@link #close()} stops them all.
 */
final class ServerDatabaseShop implements AutoCloseable {

    private final DemoDatabaseServer database;
    private final EmbeddedWebApp storefront;
    private final JdbcTemplate jdbc;
    private final List<Process> children = new ArrayList<Process>();

    private ServerDatabaseShop(DemoDatabaseServer database, EmbeddedWebApp storefront) {
        this.database = database;
        this.storefront = storefront;
        this.jdbc = new JdbcTemplate(storefront.rootContext().getBean("webDS", DataSource.class));
    }

    /** The database server and the storefront in this JVM, on a schema it creates and seeds. */
    static ServerDatabaseShop start() throws Exception {
        DemoDatabaseServer database = DemoDatabaseServer.start(ChildJvms.freePort());
        try {
            return new ServerDatabaseShop(database, EmbeddedWebApp.start(EmbeddedWebApp.App.SITE, 0, database.settings(), true));
        } catch (Exception | Error failed) {
            database.close();
            throw failed;
        }
    }

    EmbeddedWebApp storefront() {
        return storefront;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Starts the admin in a child JVM on the same database and waits for its login page; returns its base URL. */
    String launchAdmin() throws Exception {
        return launch(EmbeddedWebApp.App.ADMIN).get(0);
    }

    /**
     * Starts the apps in child JVMs on the same database, all at once, and waits until each answers (a storefront its
     * home page, the admin its login page); returns their base URLs in the same order.
     */
    List<String> launch(EmbeddedWebApp.App... apps) throws Exception {
        List<Process> started = new ArrayList<Process>();
        List<String> urls = new ArrayList<String>();
        for (EmbeddedWebApp.App app : apps) {
            int port = ChildJvms.freePort();
            Process child = DemoShop.launch(app, port, database.settings(), false);
            children.add(child);
            started.add(child);
            urls.add("http://127.0.0.1:" + port + (app == EmbeddedWebApp.App.ADMIN ? "/admin" : ""));
        }
        for (int i = 0; i < apps.length; i++) {
            ChildJvms.awaitUp(started.get(i), urls.get(i) + (apps[i] == EmbeddedWebApp.App.ADMIN ? "/login" : "/"));
        }
        return urls;
    }

    @Override
    public void close() throws Exception {
        for (Process child : children) {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        storefront.close();
        database.close();
    }
}
