package io.crosssell.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the plugin's message files from the class path, for the tests that check their keys and texts. */
public final class MessageFiles {

    private MessageFiles() {
    }

    public static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        InputStream in = MessageFiles.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try {
            properties.load(in);
        } finally {
            in.close();
        }
        return properties;
    }
}
