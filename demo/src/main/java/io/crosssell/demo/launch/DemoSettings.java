package io.crosssell.demo.launch;

/**
 * Reads a demo setting from a system property ({@code crosssell.demo.site.port}) or, failing that,
 * from the environment variable of the same name ({@code CROSSSELL_DEMO_SITE_PORT}): the README's
 * Maven command starts the demo in a JVM of its own, which sees the environment but not Maven's -D.
 */
final class DemoSettings {

    static final String PREFIX = "crosssell.demo.";

    private DemoSettings() {
    }

    static String get(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        if (value == null) {
            value = System.getenv(environmentName(name));
        }
        return value == null || value.trim().isEmpty() ? fallback : value.trim();
    }

    static int getPort(String name, int fallback) {
        String value = get(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(environmentName(name) + " must be a port number, not '" + value + "'");
        }
    }

    static String environmentName(String name) {
        return (PREFIX + name).replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
