package io.crosssell.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.crosssell.learning.CoPurchaseLearningService.RebuildProgress;

class ExternalRebuildTest {

    private final List<String> steps = new ArrayList<String>();
    private final RebuildProgress progress = (phase, done, total) -> steps.add(phase + " " + done + "/" + total);

    private static ExternalRebuild shell(String script, long timeoutMillis) {
        return new ExternalRebuild(Arrays.asList("sh", "-c", script), timeoutMillis);
    }

    @Test
    void progressLinesAreReportedAndTheResultLineIsTheOutcome() {
        String outcome = shell("echo 'crosssell-progress 0 0 reading orders'; echo 'INFO SparkContext: starting';"
                + " echo 'crosssell-progress 5 10 writing statistics'; echo 'crosssell-result 3 orders, 2 products'", 60_000)
                .run(progress);

        assertThat(outcome).isEqualTo("3 orders, 2 products");
        assertThat(steps).containsExactly("starting sh 0/0", "reading orders 0/0", "writing statistics 5/10");
    }

    @Test
    void aFailingCommandIsAFailureNamedByItsLastLines() {
        assertThatThrownBy(() -> shell("for i in 1 2 3 4 5 6 7 8; do echo line $i; done; echo 'No suitable driver'; exit 3", 60_000)
                .run(progress))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The rebuild command failed (exit status 3): line 5 | line 6 | line 7 | line 8 | No suitable driver");
    }

    @Test
    void aCommandThatEndsWithoutAResultLineFailed() {
        assertThatThrownBy(() -> shell("echo done", 60_000).run(progress))
                .hasMessage("The rebuild command failed (exit status 0, no result line): done");
    }

    @Test
    void aCommandPastItsTimeBudgetIsStopped() {
        assertThatThrownBy(() -> shell("echo 'crosssell-progress 0 0 counting'; sleep 30", 1_000).run(progress))
                .hasMessage("The rebuild command did not finish within 1 s and was stopped");
        assertThat(steps).contains("counting 0/0");
    }

    @Test
    void aCommandThatCannotStartSaysSo() {
        assertThatThrownBy(() -> new ExternalRebuild(Arrays.asList("/no/such/spark-submit"), 1_000).run(progress))
                .hasMessageStartingWith("The rebuild command could not be started: ");
    }

    @Test
    void theConfiguredLineSplitsOnBlanksAndKeepsQuotedBlanks() {
        assertThat(ExternalRebuild.words("  spark-submit --master 'local[*]'  --conf \"spark.app.name=cross sell\" job.jar "))
                .containsExactly("spark-submit", "--master", "local[*]", "--conf", "spark.app.name=cross sell", "job.jar");
        assertThatThrownBy(() -> ExternalRebuild.words("spark-submit 'local")).hasMessageContaining("unclosed");
    }

    @Test
    void noCommandConfiguredMeansTheInProcessRebuild() {
        assertThat(RebuildRunners.configured(null, " ", 60)).isInstanceOf(InProcessRebuild.class);
        assertThat(((ExternalRebuild) RebuildRunners.configured(null, "spark-submit --master local[2] job.jar", 60)).command())
                .containsExactly("spark-submit", "--master", "local[2]", "job.jar");
    }
}
