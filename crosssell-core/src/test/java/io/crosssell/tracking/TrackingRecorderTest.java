package io.crosssell.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TrackingRecorderTest {

    private static final long NOON_1_DEC_2026 = 1_796_126_400_000L;

    /** Keeps what it is given; can be made to fail or to hold the writer until released. */
    private static final class RecordingSink implements CounterSink {
        final List<CounterBatch> batches = Collections.synchronizedList(new ArrayList<CounterBatch>());
        volatile boolean failing;
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holding;

        @Override
        public void write(CounterBatch batch) throws Exception {
            if (holding) {
                release.await(10, TimeUnit.SECONDS);
            }
            if (failing) {
                throw new IllegalStateException("database down");
            }
            batches.add(batch);
        }

        long events() {
            long events = 0;
            synchronized (batches) {
                for (CounterBatch batch : batches) {
                    events += batch.events();
                }
            }
            return events;
        }
    }

    private static TrackingEvent impression(long item) {
        return new TrackingEvent(TrackingEvent.Kind.IMPRESSION, "fbt", 101L, item, NOON_1_DEC_2026);
    }

    @Test
    void eventsOfOneRowAreFoldedIntoOneIncrement() {
        CounterBatch batch = new CounterBatch();
        batch.add(impression(133));
        batch.add(impression(133));
        batch.add(new TrackingEvent(TrackingEvent.Kind.CLICK, "fbt", 101L, 133, NOON_1_DEC_2026));
        batch.add(new TrackingEvent(TrackingEvent.Kind.ADD, "fbt", 101L, 111, NOON_1_DEC_2026));

        assertThat(batch.events()).isEqualTo(4);
        assertThat(batch.rows()).hasSize(2);
        CounterBatch.Increments light = batch.rows().get(new CounterKey(LocalDate.of(2026, 12, 1), "fbt", 101L, 133));
        assertThat(light.impressions()).isEqualTo(2);
        assertThat(light.clicks()).isEqualTo(1);
        assertThat(light.adds()).isZero();
    }

    @Test
    void closeWritesEverythingQueued() throws Exception {
        RecordingSink sink = new RecordingSink();
        TrackingRecorder recorder = new TrackingRecorder(sink, 10_000, 500, 50);
        for (int i = 0; i < 5_000; i++) {
            recorder.record(impression(100 + i % 7));
        }
        recorder.close();

        assertThat(sink.events()).isEqualTo(5_000);
        TrackingRecorder.Stats stats = recorder.stats();
        assertThat(stats.recorded).isEqualTo(5_000);
        assertThat(stats.written).isEqualTo(5_000);
        assertThat(stats.dropped()).isZero();
        assertThat(sink.batches.size()).as("batched, not one write per event").isLessThanOrEqualTo(5_000 / 500 + 2);
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlockingTheCaller() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.holding = true;
        TrackingRecorder recorder = new TrackingRecorder(sink, 10, 1, 10);
        recorder.record(impression(1));
        while (recorder.stats().queued > 0) {
            Thread.sleep(5);
        }
        // The writer is held inside the sink with one event: ten more fill the queue, five more are dropped.
        for (int i = 0; i < 15; i++) {
            recorder.record(impression(2));
        }
        assertThat(recorder.stats().droppedQueueFull).isEqualTo(5);
        sink.release.countDown();
        recorder.close();

        assertThat(sink.events()).isEqualTo(11);
        assertThat(recorder.stats().written).isEqualTo(11);
    }

    @Test
    void aFailingSinkCostsItsBatchAndTheRecorderGoesOn() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.failing = true;
        TrackingRecorder recorder = new TrackingRecorder(sink, 100, 100, 10);
        recorder.record(impression(1));
        recorder.record(impression(2));
        while (recorder.stats().droppedWriteFailed < 2) {
            Thread.sleep(5);
        }
        sink.failing = false;
        recorder.record(impression(3));
        recorder.close();

        assertThat(recorder.stats().droppedWriteFailed).isEqualTo(2);
        assertThat(recorder.stats().written).isEqualTo(1);
        assertThat(recorder.stats().dropped()).isEqualTo(2);
    }

    @Test
    void aClosedRecorderTakesNoMoreEventsAndSaysSo() throws Exception {
        TrackingRecorder recorder = new TrackingRecorder(new RecordingSink(), 10, 10, 10);
        recorder.close();

        recorder.record(impression(1));

        assertThat(recorder.stats().droppedQueueFull).isEqualTo(1);
        assertThat(recorder.stats().recorded).isZero();
    }

    @Test
    void eventsCountOnTheirUtcDay() {
        long justBeforeMidnightUtc = 1_796_169_599_000L;
        assertThat(CounterKey.of(new TrackingEvent(TrackingEvent.Kind.CLICK, "cart", null, 5, justBeforeMidnightUtc)).day())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(CounterKey.of(new TrackingEvent(TrackingEvent.Kind.CLICK, "cart", null, 5, justBeforeMidnightUtc + 1000)).day())
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void eventsOfKnownShoppersAreKeptRawAndOthersOnlyCounted() {
        CounterBatch batch = new CounterBatch();
        batch.add(impression(133));
        batch.add(new TrackingEvent(TrackingEvent.Kind.CLICK, "fbt", 101L, 133, NOON_1_DEC_2026, "visitor-1", null));
        batch.add(new TrackingEvent(TrackingEvent.Kind.ADD, "cart", null, 111, NOON_1_DEC_2026, null, 7L));

        assertThat(batch.events()).isEqualTo(3);
        assertThat(batch.shopperEvents()).extracting("kind").containsExactly(TrackingEvent.Kind.CLICK, TrackingEvent.Kind.ADD);
    }

    @Test
    void recordsNothingWhileSwitchedOffOrForCrawlers() throws Exception {
        RecordingSink sink = new RecordingSink();
        TrackingRecorder recorder = new TrackingRecorder(sink, 100, 10, 20);
        recorder.setEnabled(false);
        recorder.recordForShopper("Mozilla/5.0", new Shopper("v", null), TrackingEvent.Kind.CLICK, "fbt", 101L, Collections.singleton(133L));
        recorder.setEnabled(true);
        recorder.recordForShopper("Googlebot/2.1", new Shopper("v", null), TrackingEvent.Kind.CLICK, "fbt", 101L, Collections.singleton(133L));
        recorder.recordForShopper("Mozilla/5.0", new Shopper("v", 9L), TrackingEvent.Kind.CLICK, "fbt", 101L, java.util.Arrays.asList(133L, 134L));
        recorder.close();

        assertThat(recorder.stats().recorded).isEqualTo(2);
        assertThat(sink.events()).isEqualTo(2);
        assertThat(sink.batches.get(0).shopperEvents()).extracting("visitorId").containsOnly("v");
    }

    @Test
    void reportsItsCountsToTheHealthReporterAtClose() throws Exception {
        RecordingSink sink = new RecordingSink();
        sink.failing = true;
        final List<TrackingRecorder.Stats> reports = Collections.synchronizedList(new ArrayList<TrackingRecorder.Stats>());
        TrackingRecorder recorder = new TrackingRecorder(sink, 100, 10, 20);
        recorder.setHealthReporter(new TrackingHealthReporter() {
            @Override
            public void report(TrackingRecorder.Stats stats) {
                reports.add(stats);
            }
        });
        recorder.setHealthReportMillis(60_000);
        for (int i = 0; i < 3; i++) {
            recorder.record(impression(100 + i));
        }
        recorder.close();

        TrackingRecorder.Stats last = reports.get(reports.size() - 1);
        assertThat(last.recorded).isEqualTo(3);
        assertThat(last.droppedWriteFailed).as("the drops of a failing database, reported for the admin").isEqualTo(3);
    }
}
