package io.crosssell.experiment.service;

import java.util.List;

import io.crosssell.experiment.ExperimentDefinition;
import io.crosssell.experiment.PlacementDefaults;
import io.crosssell.experiment.WidgetTreatment;
import io.crosssell.experiment.domain.CrossSellExperiment;
import io.crosssell.recommend.Placement;

/** Experiments: set up, run, stop and decide in the admin; assigned on the storefront. */
public interface ExperimentService {

    List<CrossSellExperiment> experiments();

    /** The experiment with its variants, or null. */
    CrossSellExperiment read(long experimentId);

    /** Saves a new experiment as a draft. @throws ExperimentValidationException with every problem; nothing is saved */
    CrossSellExperiment create(ExperimentDefinition experiment);

    /**
     * Changes a draft entirely; of a running experiment only the name, hypothesis and end (its variants and weights
     * are fixed once it runs, or the analysis would mix two tests). A stopped experiment is not changed.
     */
    CrossSellExperiment update(long experimentId, ExperimentDefinition experiment);

    /** Starts a draft; refused while another experiment runs on the same placement. */
    CrossSellExperiment start(long experimentId);

    CrossSellExperiment stop(long experimentId);

    /** Stops the experiment and makes the variant's treatment the placement's default for every visitor. */
    CrossSellExperiment makeDefault(long experimentId, long variantId);

    /** The placement's defaults (from a past winner), as of at most a few seconds ago. */
    PlacementDefaults defaults(Placement placement);

    /**
     * What this visitor's widget on the placement looks like: the defaults, and their variant when an experiment
     * runs there now (null visitor key: defaults only). Cached; reads no database on the page's path.
     */
    WidgetTreatment treatment(Placement placement, String visitorKey);
}
