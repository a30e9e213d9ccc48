package io.crosssell.demo.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("crosssell.demo.test.port");
    }

    @Test
    void environmentNamesAreUpperSnakeCaseOfThePropertyNames() {
        assertThat(DemoSettings.environmentName("db.secureUrl")).isEqualTo("CROSSSELL_DEMO_DB_SECURE_URL");
        assertThat(DemoSettings.environmentName("site.port")).isEqualTo("CROSSSELL_DEMO_SITE_PORT");
    }

    @Test
    void systemPropertyWinsOverTheFallback() {
        System.setProperty("crosssell.demo.test.port", "9123");

        assertThat(DemoSettings.getPort("test.port", 8080)).isEqualTo(9123);
    }

    @Test
    void unsetSettingGivesTheFallback() {
        assertThat(DemoSettings.getPort("test.port", 8080)).isEqualTo(8080);
    }

    @Test
    void malformedPortIsRejectedWithTheVariableName() {
        System.setProperty("crosssell.demo.test.port", "eighty");

        assertThatThrownBy(() -> DemoSettings.getPort("test.port", 8080))
                .hasMessageContaining("CROSSSELL_DEMO_TEST_PORT");
    }
}
