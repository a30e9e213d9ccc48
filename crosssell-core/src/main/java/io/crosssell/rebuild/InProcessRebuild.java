package io.crosssell.rebuild;

import io.crosssell.learning.CoPurchaseLearningService;
import io.crosssell.learning.CoPurchaseLearningService.RebuildProgress;

/** The rebuild in this process, by the learning service itself. */
public final class InProcessRebuild implements RebuildRunner {

    private final CoPurchaseLearningService learning;

    public InProcessRebuild(CoPurchaseLearningService learning) {
        this.learning = learning;
    }

    @Override
    public String run(RebuildProgress progress) {
        return "Rebuilt: " + learning.rebuild(progress);
    }

    @Override
    public String where() {
        return "in this admin";
    }
}
