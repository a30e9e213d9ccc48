package io.crosssell.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.crosssell.tracking.BotFilter;
import io.crosssell.tracking.CounterBatch;
import io.crosssell.tracking.CounterSink;
import io.crosssell.tracking.Shopper;
import io.crosssell.tracking.TrackingEvent;
import io.crosssell.tracking.TrackingRecorder;

/**
 * What tracking costs the request thread of one product page: recording the widget's view of three items (the
 * crawler check, three events, three queue offers) while the recorder's writer thread drains and folds them into
 * counter rows as in the storefront, its sink writing nothing. The page-cost harness measures the writer's and the
 * database's share on the real page; this is the part it cannot separate from the page's own work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TrackingRecordBenchmark {

    /** The desktop browser the page-cost harness sends. */
    static final String BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    /** A recorder as the storefront configures it, except a queue large enough that no event of a run is dropped. */
    @State(Scope.Benchmark)
    public static class Recording {

        TrackingRecorder recorder;
        final AtomicLong folded = new AtomicLong();
        final Shopper shopper = new Shopper("0f8c2d1e-5b7a-4c3e-9d2f-1a6b8e4c7d90", null);
        final List<Long> shown = Arrays.asList(133L, 111L, 121L);

        @Setup(Level.Iteration)
        public void open() {
            recorder = new TrackingRecorder(new CounterSink() {
                @Override
                public void write(CounterBatch batch) {
                    folded.addAndGet(batch.events());
                }
            }, 1 << 20, 1000, 1000);
        }

        @TearDown(Level.Iteration)
        public void close() throws InterruptedException {
            recorder.close();
            TrackingRecorder.Stats stats = recorder.stats();
            if (stats.dropped() > 0) {
                // A dropped event skips the work being measured: the figure would flatter the recorder.
                throw new IllegalStateException(stats.dropped() + " events dropped; the figure does not hold");
            }
        }
    }

    @Benchmark
    public void recordWidgetView(Recording recording) {
        recording.recorder.recordForShopper(BROWSER_USER_AGENT, recording.shopper, TrackingEvent.Kind.IMPRESSION, "fbt", 101L,
                recording.shown, 0, 0);
    }

    /** The crawler check alone, one of the view's costs. */
    @Benchmark
    public boolean crawlerCheck() {
        return BotFilter.isBot(BROWSER_USER_AGENT);
    }
}
