package io.crosssell.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The shop's database as the job reaches it: the JDBC URL and credentials of the storefront's own data source. */
public final class Database implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String url() {
        return url;
    }

    /** user and password as Spark's JDBC source and sink take them. */
    public Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    /** A connection on the driver, for the bounds query and the swap. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
