package io.crosssell.rebuild;

import io.crosssell.learning.CoPurchaseLearningService.RebuildProgress;

/** Runs one full rebuild of the co-purchase statistics, reporting its progress, and says what came of it. */
public interface RebuildRunner {

    /**
     * @return the result as a merchandiser reads it ("2400 orders, 37 products, 177 pairs in 191 ms")
     * @throws RuntimeException when the rebuild failed; the previous statistics are then unchanged
     */
    String run(RebuildProgress progress);

    /** Where the rebuild runs, for the admin page ("this admin", "an external command"). */
    String where();
}
