package io.crosssell.mining;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thresholds as a merchandiser types them: every field is checked and each problem named at its field; only
 * a fully valid input yields {@link MiningThresholds}. The upper bounds only catch typing slips.
 */
public final class ThresholdInput {

    public static final String MIN_PAIR_COUNT = "minPairCount";
    public static final String MIN_CONFIDENCE = "minConfidence";
    public static final String MIN_LIFT = "minLift";
    public static final String HALF_LIFE_DAYS = "halfLifeDays";

    private final Map<String, String> errors;
    private final MiningThresholds thresholds;

    private ThresholdInput(Map<String, String> errors, MiningThresholds thresholds) {
        this.errors = Collections.unmodifiableMap(errors);
        this.thresholds = thresholds;
    }

    public static ThresholdInput check(String minPairCount, String minConfidence, String minLift, String halfLifeDays) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        double count = number(minPairCount, 1, 1_000_000, MIN_PAIR_COUNT,
                "Orders bought together must be a number from 1 to 1,000,000.", errors);
        double confidence = number(minConfidence, 0, 1, MIN_CONFIDENCE,
                "Confidence must be a number from 0 to 1 (0.05 is 5 % of the product's orders).", errors);
        double lift = number(minLift, 0, 100, MIN_LIFT, "Lift must be a number from 0 to 100 (1 is chance).", errors);
        double halfLife = number(halfLifeDays, 0, 3650, HALF_LIFE_DAYS,
                "Half-life must be a number of days from 0 (old orders never fade) to 3650.", errors);
        return new ThresholdInput(errors,
                errors.isEmpty() ? MiningThresholds.of(count, confidence, lift, halfLife) : null);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Problems by field name; empty when valid. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The thresholds, or null when the input is not valid. */
    public MiningThresholds thresholds() {
        return thresholds;
    }

    private static double number(String text, double min, double max, String field, String message,
            Map<String, String> errors) {
        String value = text == null ? "" : text.trim();
        if (value.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        errors.put(field, message);
        return min;
    }
}
