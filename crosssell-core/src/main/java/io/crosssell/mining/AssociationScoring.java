package io.crosssell.mining;

/**
 * How an anchor's partners are ranked: the weight of one association, higher first. The mined
 * recommendation source ranks with one of these; the relevance evaluation (docs/benchmarks.md) runs
 * others through the same source to compare them.
 */
public interface AssociationScoring {

    /** {@code lift * confidence}: how far above chance, weighted by how often the anchor's buyers took the partner. */
    AssociationScoring LIFT_TIMES_CONFIDENCE = new AssociationScoring() {
        @Override
        public double score(Association association) {
            return association.lift() * association.confidence();
        }

        @Override
        public String toString() {
            return "lift x confidence";
        }
    };

    /** The share of the anchor's orders that also hold the partner: for one anchor, the same order as the pair count. */
    AssociationScoring CONFIDENCE = new AssociationScoring() {
        @Override
        public double score(Association association) {
            return association.confidence();
        }

        @Override
        public String toString() {
            return "confidence";
        }
    };

    /** What the mined source ranks by unless told otherwise, and {@link Association#score()}. */
    AssociationScoring DEFAULT = LIFT_TIMES_CONFIDENCE;

    double score(Association association);
}
