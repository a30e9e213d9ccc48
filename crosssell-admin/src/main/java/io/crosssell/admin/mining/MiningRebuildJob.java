package io.crosssell.admin.mining;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.rebuild.InProcessRebuild;
import io.crosssell.rebuild.RebuildRunner;

/**
 * Runs one rebuild of the co-purchase statistics at a time on a background thread and keeps its progress
 * for the admin page: phase, items done of the total, elapsed time, then the result or the failure. The rebuild
 * runs in this admin or, when a command is configured, is handed over to it (the Spark job, docs/Spark.md).
 */
public class MiningRebuildJob {

    private static final Log LOG = LogFactory.getLog(MiningRebuildJob.class);

    private final RebuildRunner runner;
    private volatile Status status = Status.idle();

    public MiningRebuildJob(CoPurchaseLearningService learning) {
        this(new InProcessRebuild(learning));
    }

    public MiningRebuildJob(RebuildRunner runner) {
        this.runner = runner;
    }

    /** Where a rebuild started here runs ("in this admin", "by the command spark-submit"). */
    public String where() {
        return runner.where();
    }

    /** What the job is doing or last did (immutable snapshot). */
    public static final class Status {
        private final boolean running;
        private final String phase;
        private final long done;
        private final long total;
        private final long startedAt;
        private final long finishedAt;
        private final String outcome;

        Status(boolean running, String phase, long done, long total, long startedAt, long finishedAt, String outcome) {
            this.running = running;
            this.phase = phase;
            this.done = done;
            this.total = total;
            this.startedAt = startedAt;
            this.finishedAt = finishedAt;
            this.outcome = outcome;
        }

        static Status idle() {
            return new Status(false, null, 0, 0, 0, 0, null);
        }

        public boolean isRunning() {
            return running;
        }

        public String getPhase() {
            return phase;
        }

        public long getDone() {
            return done;
        }

        public long getTotal() {
            return total;
        }

        /** Seconds since it started (until it finished), or 0 if it never ran here. */
        public long getElapsedSeconds() {
            if (startedAt == 0) {
                return 0;
            }
            return ((running ? System.currentTimeMillis() : finishedAt) - startedAt) / 1000;
        }

        /** The result ("2400 orders, 37 products…") or the failure, once finished; null before. */
        public String getOutcome() {
            return outcome;
        }

        public boolean isStarted() {
            return startedAt != 0;
        }
    }

    public Status status() {
        return status;
    }

    /** Starts a rebuild unless one is running; returns whether it started. */
    public synchronized boolean start() {
        if (status.running) {
            return false;
        }
        final long startedAt = System.currentTimeMillis();
        status = new Status(true, "starting", 0, 0, startedAt, 0, null);
        Thread worker = new Thread(new Runnable() {
            @Override
            public void run() {
                String outcome;
                try {
                    outcome = runner.run(new CoPurchaseLearningService.RebuildProgress() {
                        @Override
                        public void step(String phase, long done, long total) {
                            status = new Status(true, phase, done, total, startedAt, 0, null);
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Co-purchase rebuild from the admin (" + runner.where() + ") failed: " + e, e);
                    outcome = "Failed: " + e.getMessage() + " (the previous statistics are unchanged)";
                }
                Status last = status;
                status = new Status(false, last.phase, last.done, last.total, startedAt, System.currentTimeMillis(), outcome);
            }
        }, "crosssell-admin-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }
}
