package io.crosssell.recommend;

/**
 * Ranking tiers, best first: merchandiser-pinned items, then merchandiser rules (and Broadleaf's own
 * cross-sale links) by priority, then mined co-purchases by score, then fallbacks: co-purchases below the
 * thresholds and best sellers, which fill only the places the others leave free.
 */
public enum Tier {
    PINNED,
    RULE,
    MINED,
    FALLBACK
}
