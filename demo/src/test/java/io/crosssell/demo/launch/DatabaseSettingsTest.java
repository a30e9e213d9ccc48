package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("crosssell.demo.db.url");
        System.clearProperty("crosssell.demo.db.dialect");
    }

    @Test
    void noUrlMeansTheEmbeddedDatabase() {
        assertThat(DatabaseSettings.fromSystemProperties()).isNull();
    }

    @Test
    void postgresqlUrlPicksItsDriverAndDialect() {
        System.setProperty("crosssell.demo.db.url", "jdbc:postgresql://127.0.0.1:5432/test");

        DatabaseSettings settings = DatabaseSettings.fromSystemProperties();

        assertThat(settings.driver).isEqualTo("org.postgresql.Driver");
        assertThat(settings.dialect).isEqualTo("org.hibernate.dialect.PostgreSQL82Dialect");
    }

    @Test
    void mariadbAndMysqlUrlsPickMariadbsDriverAndTheInnoDbDialect() {
        for (String url : new String[] {"jdbc:mariadb://127.0.0.1:3306/test", "jdbc:mysql://127.0.0.1:3306/test"}) {
            System.setProperty("crosssell.demo.db.url", url);

            DatabaseSettings settings = DatabaseSettings.fromSystemProperties();

            assertThat(settings.driver).as(url).isEqualTo("org.mariadb.jdbc.Driver");
            assertThat(settings.dialect).as(url).isEqualTo("org.hibernate.dialect.MySQL5InnoDBDialect");
        }
    }

    @Test
    void aGivenDialectWinsOverTheGuess() {
        System.setProperty("crosssell.demo.db.url", "jdbc:mariadb://127.0.0.1:3306/test");
        System.setProperty("crosssell.demo.db.dialect", "org.hibernate.dialect.MySQL5Dialect");

        assertThat(DatabaseSettings.fromSystemProperties().dialect).isEqualTo("org.hibernate.dialect.MySQL5Dialect");
    }
}
