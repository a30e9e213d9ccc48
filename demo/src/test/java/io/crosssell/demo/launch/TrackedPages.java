package io.crosssell.demo.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.crosssell.tracking.TrackingRecorder;

/** For tests of tracking: the items a widget showed on a page, and waiting until a storefront has written its events. */
final class TrackedPages {

    private static final Pattern SHOWN_ITEM = Pattern.compile("<li class=\"cs-item\"\\s+data-cs-product-id=\"(\\d+)\"");

    private TrackedPages() {
    }

    /** The product ids of the recommended items a page's widgets show, in their order (anchors left out). */
    static List<String> shownItems(String page) {
        List<String> ids = new ArrayList<String>();
        Matcher item = SHOWN_ITEM.matcher(page);
        while (item.find()) {
            ids.add(item.group(1));
        }
        return ids;
    }

    /** Waits until every recorded event is written or dropped (the writer flushes within a second). */
    static void awaitWritten(TrackingRecorder recorder) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            TrackingRecorder.Stats stats = recorder.stats();
            if (stats.queued == 0 && stats.written + stats.droppedWriteFailed == stats.recorded) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("tracking events not written within 15 s");
    }
}
