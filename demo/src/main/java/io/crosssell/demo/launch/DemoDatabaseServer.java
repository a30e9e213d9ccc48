package io.crosssell.demo.launch;

import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;

/** An HSQLDB server on loopback holding the demo's in-memory databases, shared by site and admin. */
public final class DemoDatabaseServer implements AutoCloseable {

    static final String WEB = "broadleaf";
    static final String SECURE = "secure";
    static final String CMS = "cms";

    private final Server server;

    private DemoDatabaseServer(Server server) {
        this.server = server;
    }

    public static DemoDatabaseServer start(int port) {
        Server server = new Server();
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.setSilent(true);
        server.setAddress("127.0.0.1");
        server.setPort(port);
        server.setNoSystemExit(true);
        String[] names = {WEB, SECURE, CMS};
        for (int i = 0; i < names.length; i++) {
            server.setDatabaseName(i, names[i]);
            server.setDatabasePath(i, "mem:" + names[i]);
        }
        server.start();
        if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
            throw new IllegalStateException("HSQLDB could not listen on 127.0.0.1:" + port
                    + " (is another demo running?)", server.getServerError());
        }
        return new DemoDatabaseServer(server);
    }

    public DatabaseSettings settings() {
        return DatabaseSettings.hsqldbServer(server.getPort());
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
