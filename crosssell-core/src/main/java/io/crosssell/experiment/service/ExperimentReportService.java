package io.crosssell.experiment.service;

import io.crosssell.experiment.domain.CrossSellExperiment;

/** Reads an experiment's exposures and orders back and analyses them (the admin's report). */
public interface ExperimentReportService {

    /** The report as of now, with the cumulative lift per day since the start. */
    ExperimentResults results(CrossSellExperiment experiment);
}
