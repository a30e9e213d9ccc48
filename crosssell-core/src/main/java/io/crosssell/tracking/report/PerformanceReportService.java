package io.crosssell.tracking.report;

import java.time.LocalDate;
import java.util.List;

/** Reads the tracking tables into what the admin shows: the report, the suggestions, one product's figures. */
public interface PerformanceReportService {

    /** Every day of the range is included (UTC days); cancelled orders are left out. */
    PerformanceReport report(LocalDate from, LocalDate to);

    /** What the figures of the range suggest; each suggestion changes nothing until it is clicked. */
    List<Suggestion> suggestions(LocalDate from, LocalDate to);

    /** The product's figures as the page's product (anchor) and as a recommended item, over the range. */
    ProductFigures productFigures(long productId, LocalDate from, LocalDate to);

    /** A product's own figures. */
    final class ProductFigures {
        private final Funnel asAnchor;
        private final Funnel asItem;

        ProductFigures(Funnel asAnchor, Funnel asItem) {
            this.asAnchor = asAnchor;
            this.asItem = asItem;
        }

        /** What its "frequently bought together" widget did. */
        public Funnel getAsAnchor() {
            return asAnchor;
        }

        /** What it did when recommended by any widget. */
        public Funnel getAsItem() {
            return asItem;
        }
    }
}
