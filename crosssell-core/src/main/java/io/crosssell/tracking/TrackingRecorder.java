package io.crosssell.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Takes events from request threads without ever blocking or throwing, and writes them in batches from one
 * background thread. A full queue drops the event and counts it; a failed write drops its batch and counts its
 * events; {@link #close()} writes what is queued. So a crash loses at most the queued events and one flush
 * interval, and a sink that is down costs the pages nothing.
 */
public class TrackingRecorder implements AutoCloseable {

    private static final Log LOG = LogFactory.getLog(TrackingRecorder.class);

    private final BlockingQueue<TrackingEvent> queue;
    private final CounterSink sink;
    private final int batchSize;
    private final long flushMillis;
    private final Thread writer;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong droppedQueueFull = new AtomicLong();
    private final AtomicLong droppedWriteFailed = new AtomicLong();
    private volatile boolean open = true;
    private volatile boolean enabled = true;
    private volatile TrackingHealthReporter healthReporter;
    private volatile long healthReportMillis = 10_000;
    private long lastHealthReport;

    /**
     * @param capacity events the queue holds before new ones are dropped
     * @param batchSize most events folded into one write
     * @param flushMillis longest an event waits in the queue before it is written
     */
    public TrackingRecorder(CounterSink sink, int capacity, int batchSize, long flushMillis) {
        if (capacity < 1 || batchSize < 1 || flushMillis < 1) {
            throw new IllegalArgumentException("Capacity, batch size and flush interval must be positive");
        }
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<TrackingEvent>(capacity);
        this.batchSize = batchSize;
        this.flushMillis = flushMillis;
        this.writer = new Thread(new Runnable() {
            @Override
            public void run() {
                writeUntilClosed();
            }
        }, "crosssell-tracking-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Switches recording off (setting {@code crosssell.tracking.enabled}; the page-cost benchmark compares both). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Where this JVM's counts are reported (every {@link #setHealthReportMillis} and at close), or null for nowhere. */
    public void setHealthReporter(TrackingHealthReporter reporter) {
        this.healthReporter = reporter;
    }

    public void setHealthReportMillis(long intervalMillis) {
        this.healthReportMillis = Math.max(1, intervalMillis);
    }

    /** Queues the event; when the queue is full (or the recorder closed) the event is dropped and counted. */
    public void record(TrackingEvent event) {
        if (!enabled) {
            return;
        }
        if (open && queue.offer(event)) {
            recorded.incrementAndGet();
        } else {
            droppedQueueFull.incrementAndGet();
        }
    }

    /**
     * Queues one event per item, all at this moment (impressions with the item's position, in the order given), unless the user agent is a crawler's ({@link BotFilter}):
     * what the storefront records for a shopper's request.
     *
     * @param anchorProductId the product the widget was shown for, or null
     */
    public void recordForShopper(String userAgent, Shopper shopper, TrackingEvent.Kind kind, String placement,
            Long anchorProductId, Iterable<Long> itemProductIds) {
        recordForShopper(userAgent, shopper, kind, placement, anchorProductId, itemProductIds, 0, 0);
    }

    /** As above, for a visitor in an experiment's variant (both ids 0 for none): every event carries the variant. */
    public void recordForShopper(String userAgent, Shopper shopper, TrackingEvent.Kind kind, String placement,
            Long anchorProductId, Iterable<Long> itemProductIds, long experimentId, long variantId) {
        if (!enabled || BotFilter.isBot(userAgent)) {
            return;
        }
        long now = System.currentTimeMillis();
        int position = 0;
        for (Long item : itemProductIds) {
            position++;
            record(new TrackingEvent(kind, placement, anchorProductId, item, now, shopper.visitorId(), shopper.customerId(),
                    kind == TrackingEvent.Kind.IMPRESSION ? position : 0, experimentId, variantId));
        }
    }

    /**
     * A visitor reached an experiment's placement: written once per experiment and visitor (later ones are no-ops).
     * Crawlers are left out, as for every event.
     */
    public void recordExposure(String userAgent, Shopper shopper, String placement, long experimentId, long variantId) {
        if (!enabled || BotFilter.isBot(userAgent) || experimentId <= 0) {
            return;
        }
        record(new TrackingEvent(TrackingEvent.Kind.EXPOSURE, placement, null, 0, System.currentTimeMillis(), shopper.visitorId(),
                shopper.customerId(), 0, experimentId, variantId));
    }

    /** What happened to the events so far, for the admin and for tests. */
    public Stats stats() {
        return new Stats(recorded.get(), written.get(), droppedQueueFull.get(), droppedWriteFailed.get(), queue.size());
    }

    /**
     * Stops taking events and returns once every queued one is written (the writer notices within one flush
     * interval; it is not interrupted, so a write in progress completes), or after 10 s.
     */
    @Override
    public void close() throws InterruptedException {
        open = false;
        writer.join(TimeUnit.SECONDS.toMillis(10) + 2 * flushMillis);
    }

    /**
     * Writes a batch when {@code batchSize} events wait or the oldest may have waited {@code flushMillis}, checking
     * every few milliseconds. It never waits on the queue itself: a writer parked there would be woken by every
     * event, and those wake-ups (three per product page) cost the pages more than all the writing (measured with
     * the page-cost harness).
     */
    private void writeUntilClosed() {
        List<TrackingEvent> drained = new ArrayList<TrackingEvent>(batchSize);
        long flushNanos = TimeUnit.MILLISECONDS.toNanos(flushMillis);
        long tickMillis = Math.max(1, Math.min(flushMillis, 20));
        long lastWrite = System.nanoTime();
        while (open || !queue.isEmpty()) {
            boolean due = !open || queue.size() >= batchSize || (!queue.isEmpty() && System.nanoTime() - lastWrite >= flushNanos);
            if (!due) {
                try {
                    Thread.sleep(tickMillis);
                } catch (InterruptedException stopping) {
                    // Only the JVM stops this daemon thread: write what is queued, then end.
                    open = false;
                }
                if (queue.isEmpty()) {
                    lastWrite = System.nanoTime();
                }
                reportHealth(false);
                continue;
            }
            queue.drainTo(drained, batchSize);
            write(drained);
            drained.clear();
            lastWrite = System.nanoTime();
            reportHealth(false);
        }
        reportHealth(true);
    }

    private void reportHealth(boolean closing) {
        TrackingHealthReporter reporter = healthReporter;
        long now = System.currentTimeMillis();
        if (reporter == null || (!closing && now - lastHealthReport < healthReportMillis)) {
            return;
        }
        lastHealthReport = now;
        try {
            reporter.report(stats());
        } catch (Exception | LinkageError failed) {
            LOG.debug("Could not report cross-sell tracking counts: " + failed);
        }
    }

    private void write(List<TrackingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        CounterBatch batch = new CounterBatch();
        for (TrackingEvent event : events) {
            batch.add(event);
        }
        try {
            sink.write(batch);
            written.addAndGet(batch.events());
        } catch (Exception | LinkageError failed) {
            droppedWriteFailed.addAndGet(batch.events());
            LOG.warn("Dropped " + batch.events() + " cross-sell tracking events: " + failed);
        }
    }

    /** Counts of events: taken, written, dropped (queue full or recorder closed; write failed), waiting. */
    public static final class Stats {
        public final long recorded;
        public final long written;
        public final long droppedQueueFull;
        public final long droppedWriteFailed;
        public final int queued;

        Stats(long recorded, long written, long droppedQueueFull, long droppedWriteFailed, int queued) {
            this.recorded = recorded;
            this.written = written;
            this.droppedQueueFull = droppedQueueFull;
            this.droppedWriteFailed = droppedWriteFailed;
            this.queued = queued;
        }

        public long dropped() {
            return droppedQueueFull + droppedWriteFailed;
        }
    }
}
