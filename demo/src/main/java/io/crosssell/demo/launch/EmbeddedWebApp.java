package io.crosssell.demo.launch;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;

import javax.servlet.ServletContext;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * One of the demo's Broadleaf web applications (storefront or admin) in an embedded Jetty on loopback.
 * One application per JVM: Broadleaf keeps JVM-wide state (Ehcache singleton, runtime properties).
 */
public final class EmbeddedWebApp implements AutoCloseable {

    /** The demo's two web applications. */
    public enum App {
        // Lax: a shopper following a link from an e-mail or another site stays signed in.
        SITE("site", "/", HttpCookie.SameSite.LAX),
        // Strict: no request from another site ever carries the admin session.
        ADMIN("admin", "/admin", HttpCookie.SameSite.STRICT);

        final String directory;
        final String contextPath;
        final HttpCookie.SameSite sessionCookieSameSite;

        App(String directory, String contextPath, HttpCookie.SameSite sessionCookieSameSite) {
            this.directory = directory;
            this.contextPath = contextPath;
            this.sessionCookieSameSite = sessionCookieSameSite;
        }
    }

    /** Form posts up to this size are read (the admin's CSV paste allows 2,000,000 characters, form-encoded). */
    static final int MAX_FORM_BYTES = 8 * 1024 * 1024;

    // Read by Broadleaf's RuntimeEnvironmentPropertiesConfigurer after every bundled properties file.
    private static final String PROPERTY_OVERRIDE = "property-override";
    private static final String RUNTIME_ENVIRONMENT = "runtime.environment";

    private final App app;
    private final Server server;
    private final WebAppContext context;

    private EmbeddedWebApp(App app, Server server, WebAppContext context) {
        this.app = app;
        this.server = server;
        this.context = context;
    }

    /**
     * Boots the application and returns once it serves requests.
     *
     * @param createSchema drop and create the tables and import the seed (the first app on a database)
     */
    public static EmbeddedWebApp start(App app, int port, DatabaseSettings database, boolean createSchema)
            throws Exception {
        defaultSystemProperty(RUNTIME_ENVIRONMENT, "development");
        // Route Broadleaf's "SUPPORT" messages through the normal logging configuration instead of stdout.
        defaultSystemProperty("SupportLogger.adapter.fqcn", "org.broadleafcommerce.common.logging.SLF4JSupportLoggerAdapter");
        System.setProperty(PROPERTY_OVERRIDE, writeRuntimeProperties(database, createSchema, storeUrl(port)).getAbsolutePath());

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        WebAppContext context = new WebAppContext();
        context.setContextPath(app.contextPath);
        context.setBaseResource(Resource.newClassPathResource("/webapps/" + app.directory));
        // Classes come from the JVM class path; the web app adds only its WEB-INF files.
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", "^$");
        // web.xml makes the session cookie HttpOnly and cookie-only; SameSite has no web.xml element in Servlet 3.
        context.getSessionHandler().setSameSite(app.sessionCookieSameSite);
        context.setMaxFormContentSize(MAX_FORM_BYTES);
        context.setErrorHandler(new PlainErrorPages());
        server.setHandler(context);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new EmbeddedWebApp(app, server, context);
    }

    private static void defaultSystemProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** The storefront's public address for e-mail links: CROSSSELL_DEMO_STORE_URL, else localhost and the site port. */
    static String storeUrl(int port) {
        String configured = System.getProperty("crosssell.demo.storeUrl", System.getenv("CROSSSELL_DEMO_STORE_URL"));
        if (configured != null && !configured.trim().isEmpty()) {
            return configured.trim();
        }
        return "http://localhost:" + (port == 0 ? 8080 : port);
    }

    private static File writeRuntimeProperties(DatabaseSettings database, boolean createSchema, String storeUrl)
            throws IOException {
        Properties properties = database.asRuntimeProperties();
        properties.setProperty("demo.store.url", storeUrl);
        String schemaAction = createSchema ? "create" : "none";
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            properties.setProperty(unit + ".hibernate.hbm2ddl.auto", schemaAction);
        }
        properties.setProperty("blPU.hibernate.hbm2ddl.import_files", createSchema ? "${demo.seed.import_files}" : "null");
        File file = File.createTempFile("crosssell-demo-", ".properties");
        file.deleteOnExit();
        OutputStream out = new FileOutputStream(file);
        try {
            properties.store(out, "Generated by EmbeddedWebApp for one demo run");
        } finally {
            out.close();
        }
        return file;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The application's root URL, without a trailing slash. */
    public String baseUrl() {
        String path = app.contextPath.equals("/") ? "" : app.contextPath;
        return "http://127.0.0.1:" + port() + path;
    }

    /** The Broadleaf root application context, for tests that inspect the running application. */
    public WebApplicationContext rootContext() {
        ServletContext servletContext = context.getServletContext();
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    }

    /** The DispatcherServlet's context (controllers and handler mappings), for tests that enumerate endpoints. */
    public WebApplicationContext dispatcherContext() {
        ServletContext servletContext = context.getServletContext();
        java.util.Enumeration<String> names = servletContext.getAttributeNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (name.startsWith(org.springframework.web.servlet.FrameworkServlet.SERVLET_CONTEXT_PREFIX)) {
                return (WebApplicationContext) servletContext.getAttribute(name);
            }
        }
        throw new IllegalStateException("No DispatcherServlet context in " + app.directory);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Entry point of a child JVM started by {@link DemoShop}: {@code site|admin port create|attach}. */
    public static void main(String[] args) throws Exception {
        App app = App.valueOf(args[0].toUpperCase());
        int port = Integer.parseInt(args[1]);
        boolean createSchema = "create".equals(args[2]);
        DatabaseSettings database = DatabaseSettings.fromSystemProperties();
        if (database == null) {
            throw new IllegalArgumentException("No database given: set -D" + DatabaseSettings.PREFIX + "url");
        }
        try {
            EmbeddedWebApp webApp = start(app, port, database, createSchema);
            webApp.server.join();
        } catch (Exception e) {
            System.err.println("The demo " + app.directory + " failed to start: " + e);
            System.exit(1);
        }
    }
}
