package io.crosssell.recommend;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Which tiers a placement may draw from: an experiment can compare rules alone, rules with mined pairs, or mined pairs alone. */
public enum Strategy {
    /** Every tier, fallbacks included: the default. */
    ALL("Rules, mined pairs and fallbacks", EnumSet.allOf(Tier.class)),
    RULES_ONLY("Rules only", EnumSet.of(Tier.PINNED, Tier.RULE)),
    RULES_AND_MINED("Rules and mined pairs", EnumSet.of(Tier.PINNED, Tier.RULE, Tier.MINED)),
    MINED_ONLY("Mined pairs only", EnumSet.of(Tier.MINED));

    private final String label;
    private final Set<Tier> tiers;

    Strategy(String label, Set<Tier> tiers) {
        this.label = label;
        this.tiers = Collections.unmodifiableSet(tiers);
    }

    public String label() {
        return label;
    }

    public boolean allows(Tier tier) {
        return tiers.contains(tier);
    }

    /** The strategy of this name, or null. */
    public static Strategy fromName(String name) {
        for (Strategy strategy : values()) {
            if (strategy.name().equals(name)) {
                return strategy;
            }
        }
        return null;
    }
}
