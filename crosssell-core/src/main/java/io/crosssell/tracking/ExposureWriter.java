package io.crosssell.tracking;

import java.util.List;

/** Where experiment exposures go: the first per experiment and visitor is kept, later ones change nothing. */
public interface ExposureWriter {

    /** Does nothing for an empty list; throws when none of them could be stored. */
    void write(List<TrackingEvent> exposures);

    /** For a storefront without experiments. */
    ExposureWriter NONE = new ExposureWriter() {
        @Override
        public void write(List<TrackingEvent> exposures) {
        }
    };
}
