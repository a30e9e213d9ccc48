package io.crosssell.recommend;

import java.util.Collections;
import java.util.List;

/** The answer to one request: items to show in order, what was filtered out, and sources that failed. */
public final class Recommendations {

    private final List<RecommendedItem> items;
    private final List<FilteredItem> filteredOut;
    private final List<String> failedSources;

    Recommendations(List<RecommendedItem> items, List<FilteredItem> filteredOut, List<String> failedSources) {
        this.items = Collections.unmodifiableList(items);
        this.filteredOut = Collections.unmodifiableList(filteredOut);
        this.failedSources = Collections.unmodifiableList(failedSources);
    }

    /** No items because the named source (or the whole engine) failed. */
    public static Recommendations failed(String source) {
        return new Recommendations(Collections.<RecommendedItem>emptyList(), Collections.<FilteredItem>emptyList(),
                Collections.singletonList(source));
    }

    public List<RecommendedItem> items() {
        return items;
    }

    public List<FilteredItem> filteredOut() {
        return filteredOut;
    }

    /** Names of sources that failed or timed out for this request's anchors; their items are missing. */
    public List<String> failedSources() {
        return failedSources;
    }
}
