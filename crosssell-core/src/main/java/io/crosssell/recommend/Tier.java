package io.crosssell.recommend;

/**
 * Ranking tiers, best first: merchandiser-pinned items, then merchandiser rules (and Broadleaf's own
 * cross-sale links) by priority, then mined co-purchases by score, then cold-start fallbacks.
 */
public enum Tier {
    PINNED,
    RULE,
    MINED,
    FALLBACK
}
