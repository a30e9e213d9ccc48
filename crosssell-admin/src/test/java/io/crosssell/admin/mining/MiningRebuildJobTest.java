package io.crosssell.admin.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.crosssell.rebuild.ExternalRebuild;

class MiningRebuildJobTest {

    private static MiningRebuildJob handedOverTo(String script) {
        return new MiningRebuildJob(new ExternalRebuild(Arrays.asList("sh", "-c", script), 60_000));
    }

    private static MiningRebuildJob.Status finished(MiningRebuildJob job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (job.status().isRunning() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return job.status();
    }

    @Test
    void aHandedOverRebuildShowsTheCommandsPhaseWhileRunningThenItsResult() throws Exception {
        Path proceed = Files.createTempDirectory("crosssell-rebuild").resolve("proceed");
        // The command waits in its phase until the test has seen it there.
        MiningRebuildJob job = handedOverTo("echo 'crosssell-progress 0 0 counting orders on Spark';"
                + " while [ ! -f '" + proceed + "' ]; do sleep 0.05; done;"
                + " echo 'crosssell-result Rebuilt on Spark: 3 orders, 2 products, 1 pairs'");

        assertThat(job.where()).isEqualTo("by the command sh");
        assertThat(job.start()).isTrue();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"counting orders on Spark".equals(job.status().getPhase()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(job.status().isRunning()).isTrue();
        assertThat(job.status().getPhase()).isEqualTo("counting orders on Spark");
        assertThat(job.start()).as("one rebuild at a time").isFalse();
        Files.createFile(proceed);

        MiningRebuildJob.Status done = finished(job);
        assertThat(done.isRunning()).isFalse();
        assertThat(done.getOutcome()).isEqualTo("Rebuilt on Spark: 3 orders, 2 products, 1 pairs");
    }

    @Test
    void aFailedHandOverSaysWhatTheCommandPrintedAndThatTheStatisticsStayAsTheyWere() throws InterruptedException {
        MiningRebuildJob job = handedOverTo("echo 'Exception in thread main: Connection refused'; exit 1");

        job.start();

        assertThat(finished(job).getOutcome()).isEqualTo("Failed: The rebuild command failed (exit status 1):"
                + " Exception in thread main: Connection refused (the previous statistics are unchanged)");
    }
}
