package io.crosssell.spark;

/** Where a run's counts go: the plugin's tables or files. */
public interface StatisticsOutput {

    /**
     * @param run when the run started and which decay reference its weights use
     */
    void write(CoPurchaseCounts counts, RunInfo run);

    /** What an output records about the run besides the counts. */
    final class RunInfo {
        public final long startedMillis;
        public final long referenceMillis;

        public RunInfo(long startedMillis, long referenceMillis) {
            this.startedMillis = startedMillis;
            this.referenceMillis = referenceMillis;
        }
    }
}
