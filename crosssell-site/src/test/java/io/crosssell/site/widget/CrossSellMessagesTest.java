package io.crosssell.site.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.crosssell.site.MessageFiles;

/** Every translation of the widget texts has every key, with the same arguments as the English text. */
class CrossSellMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es"})
    void translationHasEveryKeyWithTheSameArguments(String locale) throws IOException {
        Properties english = MessageFiles.load("messages/CrossSellMessages.properties");
        Properties translated = MessageFiles.load("messages/CrossSellMessages_" + locale + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(translated.getProperty(key))).as(key).isEqualTo(arguments(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)).doesNotContainPattern("<[a-zA-Z/]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es"})
    void textsWithArgumentsFormatWithoutLosingApostrophes(String locale) throws IOException {
        Properties translated = MessageFiles.load("messages/CrossSellMessages_" + locale + ".properties");
        for (String key : translated.stringPropertyNames()) {
            String text = translated.getProperty(key);
            if (!arguments(text).isEmpty()) {
                String formatted = new MessageFormat(text, new Locale(locale)).format(new Object[] {"X"});
                assertThat(formatted).as(key).contains("X").doesNotContain("{0}").doesNotContain("''");
            } else {
                // Spring returns texts without arguments as they are, so an apostrophe is written once.
                assertThat(text).as(key).doesNotContain("''");
            }
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<String>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }
}
