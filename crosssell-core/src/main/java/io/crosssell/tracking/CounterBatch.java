package io.crosssell.tracking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events folded into increments per counter row (and the raw events of known shoppers, for attribution), so a batch of thousands of events becomes one write per row.
 * Not thread-safe: the recorder's writer thread owns it.
 */
public final class CounterBatch {

    /** Increments of one row: impressions, clicks, adds. */
    public static final class Increments {
        long impressions;
        long clicks;
        long adds;

        public long impressions() {
            return impressions;
        }

        public long clicks() {
            return clicks;
        }

        public long adds() {
            return adds;
        }
    }

    private final Map<CounterKey, Increments> rows = new LinkedHashMap<CounterKey, Increments>();
    private final List<TrackingEvent> shopperEvents = new ArrayList<TrackingEvent>();
    private final List<TrackingEvent> exposures = new ArrayList<TrackingEvent>();
    private int events;

    public void add(TrackingEvent event) {
        events++;
        if (event.kind() == TrackingEvent.Kind.EXPOSURE) {
            if (event.visitorKey() != null && event.experimentId() > 0) {
                exposures.add(event);
            }
            return;
        }
        CounterKey key = CounterKey.of(event);
        Increments increments = rows.get(key);
        if (increments == null) {
            increments = new Increments();
            rows.put(key, increments);
        }
        switch (event.kind()) {
            case IMPRESSION:
                increments.impressions++;
                break;
            case CLICK:
                increments.clicks++;
                break;
            default:
                increments.adds++;
        }
        if (event.hasShopper()) {
            shopperEvents.add(event);
        }
    }

    /** The rows to write, in the order they were first met. */
    public Map<CounterKey, Increments> rows() {
        return Collections.unmodifiableMap(rows);
    }

    /** The events that say who did them, kept as raw events for attributing orders. */
    public List<TrackingEvent> shopperEvents() {
        return Collections.unmodifiableList(shopperEvents);
    }

    /** The experiment exposures of the batch (written once per experiment and visitor). */
    public List<TrackingEvent> exposures() {
        return Collections.unmodifiableList(exposures);
    }

    /** How many events the batch holds. */
    public int events() {
        return events;
    }

    public boolean isEmpty() {
        return events == 0;
    }
}
