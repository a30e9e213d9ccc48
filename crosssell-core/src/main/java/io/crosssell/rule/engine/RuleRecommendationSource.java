package io.crosssell.rule.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import io.crosssell.recommend.Candidate;
import io.crosssell.recommend.CatalogStructure;
import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Reason;
import io.crosssell.recommend.RecommendationSource;
import io.crosssell.recommend.Tier;

/**
 * Merchandiser rules as a recommendation source. A rule applies to an anchor product that is its
 * source product or lies anywhere below its source category (category rules inherit down the tree);
 * a category target expands to the active products of that category's tree. Positioned rules pin
 * their targets; the others rank by priority. A rule feeds the placements that list its type
 * ({@link Placement#ruleTypes()}). Only a product-to-product rule is an explicit pairing: the targets of a
 * rule with a category on either end are checked for fit with the anchor ({@code CatalogView.fits}).
 */
public final class RuleRecommendationSource implements RecommendationSource {

    public static final String NAME = "rule";

    /** How strongly a target goes with an anchor, to order a category target's products (e.g. co-purchase counts). */
    public interface TargetAffinity {
        double affinity(long anchorProductId, long targetProductId);

        TargetAffinity NONE = new TargetAffinity() {
            @Override
            public double affinity(long anchorProductId, long targetProductId) {
                return 0;
            }
        };
    }

    private final RuleRepository rules;
    private final CatalogStructure catalog;
    private final TargetAffinity affinity;

    public RuleRecommendationSource(RuleRepository rules, CatalogStructure catalog, TargetAffinity affinity) {
        this.rules = rules;
        this.catalog = catalog;
        this.affinity = affinity;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Rules feed every placement their type is listed for, upgrades (UP_SELL) included. */
    @Override
    public boolean serves(Placement placement) {
        return true;
    }

    @Override
    public List<Candidate> candidatesFor(long anchorProductId, Placement placement) {
        List<String> types = placement.ruleTypes();
        Set<Long> anchorCategories = null;
        List<Candidate> candidates = new ArrayList<Candidate>();
        for (RuleDefinition rule : rules.rulesInEffect()) {
            if (!types.contains(rule.type())) {
                continue;
            }
            if (rule.sourceProductId() != null) {
                if (rule.sourceProductId() != anchorProductId) {
                    continue;
                }
            } else {
                if (anchorCategories == null) {
                    anchorCategories = catalog.categoriesWithAncestorsOf(anchorProductId);
                }
                if (!anchorCategories.contains(rule.sourceCategoryId())) {
                    continue;
                }
            }
            addTargets(anchorProductId, rule, candidates);
        }
        return candidates;
    }

    private void addTargets(final long anchorProductId, RuleDefinition rule, List<Candidate> candidates) {
        List<Long> targets = rule.targetProductId() != null
                ? Collections.singletonList(rule.targetProductId())
                : byAffinity(anchorProductId, catalog.productsInCategoryTree(rule.targetCategoryId()));
        Reason reason = new Reason(NAME, rule.describe());
        for (int i = 0; i < targets.size(); i++) {
            Candidate candidate = rule.position() != null
                    ? Candidate.pinned(targets.get(i), rule.position(), reason)
                    // Order inside one category target, without crossing into another priority.
                    : Candidate.ranked(targets.get(i), Tier.RULE, rule.priority() - i / (double) (targets.size() + 1), reason);
            if (rule.maxItems() != null) {
                candidate = candidate.limitedTo("rule:" + rule.id(), rule.maxItems());
            }
            if (rule.repurchaseAllowed()) {
                candidate = candidate.allowingRepurchase();
            }
            if (rule.sourceProductId() != null && rule.targetProductId() != null) {
                candidate = candidate.asExplicitPairing();
            }
            candidates.add(candidate);
        }
    }

    /** A category's products, those bought most with the anchor first, then in display order. */
    private List<Long> byAffinity(final long anchorProductId, List<Long> products) {
        List<Long> ordered = new java.util.ArrayList<Long>(products);
        final java.util.Map<Long, Double> scores = new java.util.HashMap<Long, Double>();
        for (Long product : products) {
            scores.put(product, affinity.affinity(anchorProductId, product));
        }
        // A stable sort keeps display order among equals.
        Collections.sort(ordered, new java.util.Comparator<Long>() {
            @Override
            public int compare(Long left, Long right) {
                return Double.compare(scores.get(right), scores.get(left));
            }
        });
        return ordered;
    }
}
