package io.crosssell.rebuild;

import io.crosssell.learning.CoPurchaseLearningService;

/** The rebuild runner a configuration asks for. */
public final class RebuildRunners {

    private RebuildRunners() {
    }

    /**
     * The in-process rebuild unless a command is configured (blank: none), which then runs instead within the time
     * budget; e.g. {@code crosssell.mining.rebuild.command=spark-submit --master spark://m:7077 --class
     * io.crosssell.spark.CoPurchaseJob crosssell-spark.jar --orders=jdbc --jdbc-url=... --jdbc-user=...}.
     */
    public static RebuildRunner configured(CoPurchaseLearningService learning, String command, long timeoutMinutes) {
        return command == null || command.trim().isEmpty() ? new InProcessRebuild(learning)
                : new ExternalRebuild(ExternalRebuild.words(command), timeoutMinutes * 60_000L);
    }
}
