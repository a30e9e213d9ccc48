package io.crosssell.recommend.service;

import io.crosssell.recommend.RecommendationRequest;
import io.crosssell.recommend.Recommendations;

/** The plugin's entry point for placements: never throws, an engine failure gives no items. */
public interface CrossSellRecommendationService {

    Recommendations recommend(RecommendationRequest request);

    /** Drops every precomputed list and cached catalog answer now. */
    void refresh();
}
