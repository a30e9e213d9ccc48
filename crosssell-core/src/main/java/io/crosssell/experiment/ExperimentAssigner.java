package io.crosssell.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Deterministic assignment: SHA-256 of the experiment's salt and the visitor key, read as a number in 0–9,999 and
 * mapped onto the variants' weights in order. The same visitor gets the same variant on every request and every
 * storefront node, with no state shared between them; another experiment (another salt) reshuffles independently.
 */
public final class ExperimentAssigner {

    static final int BUCKETS = 10_000;

    private ExperimentAssigner() {
    }

    /** The visitor's bucket, 0–9,999. */
    public static int bucket(String salt, String visitorKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((salt + ":" + visitorKey).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            return (int) ((value >>> 1) % BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The variant whose share of the buckets holds the visitor's, in the variants' order. */
    public static VariantSpec variantOf(String salt, String visitorKey, List<VariantSpec> variants) {
        long total = 0;
        for (VariantSpec variant : variants) {
            total += Math.max(0, variant.weight());
        }
        if (total <= 0) {
            throw new IllegalArgumentException("An experiment needs positive weights");
        }
        // Scale the bucket onto the weights' total: weights 90/10 give buckets 0–8,999 and 9,000–9,999.
        long point = (long) bucket(salt, visitorKey) * total / BUCKETS;
        long upTo = 0;
        for (VariantSpec variant : variants) {
            upTo += Math.max(0, variant.weight());
            if (point < upTo) {
                return variant;
            }
        }
        return variants.get(variants.size() - 1);
    }

    /** The key a visitor is assigned by: the customer when signed in, else the visitor cookie; null when neither. */
    public static String visitorKey(Long registeredCustomerId, String visitorId) {
        if (registeredCustomerId != null) {
            return "c" + registeredCustomerId;
        }
        return visitorId == null ? null : "v" + visitorId;
    }
}
