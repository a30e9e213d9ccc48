package io.crosssell.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.hibernate.tool.hbm2ddl.ImportScriptException;
import org.junit.jupiter.api.Test;

class CommentTolerantSqlExtractorTest {

    private final CommentTolerantSqlExtractor extractor = new CommentTolerantSqlExtractor();

    @Test
    void splitsStatementsAndDropsCommentsIncludingATrailingOne() {
        String script = "-- header\nINSERT INTO A VALUES (1);\n\nINSERT INTO B\n  VALUES (2); -- after\n--INSERT INTO C VALUES (3);";

        assertThat(extractor.extractCommands(new StringReader(script)))
                .containsExactly("INSERT INTO A VALUES (1)", "INSERT INTO B VALUES (2)");
    }

    @Test
    void keepsSemicolonsDashesAndQuotesInsideStringLiterals() {
        String script = "INSERT INTO P VALUES ('Blair''s; best -- sauce');";

        assertThat(extractor.extractCommands(new StringReader(script)))
                .containsExactly("INSERT INTO P VALUES ('Blair''s; best -- sauce')");
    }

    @Test
    void rejectsAnUnterminatedLiteral() {
        assertThatThrownBy(() -> extractor.extractCommands(new StringReader("INSERT INTO P VALUES ('oops);")))
                .isInstanceOf(ImportScriptException.class);
    }
}
