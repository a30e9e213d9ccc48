package io.crosssell.experiment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.crosssell.recommend.Placement;
import io.crosssell.recommend.Strategy;

/**
 * Every problem that stops an experiment from being saved, each under the form field it concerns ({@code name},
 * {@code placement}, {@code variants}, {@code variant.2.value}, …). Empty: it may be saved.
 */
public final class ExperimentValidator {

    static final int MAX_VARIANTS = 5;
    static final List<String> METRICS = Arrays.asList("REVENUE_PER_VISITOR", "CONVERSION_RATE", "AVERAGE_ORDER_VALUE", "ATTACH_RATE");
    private static final Pattern MARKUP = Pattern.compile("[<>\\p{Cntrl}&&[^\\n\\r\\t]]");

    private ExperimentValidator() {
    }

    public static Map<String, String> problems(ExperimentDefinition experiment) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        text(problems, "name", experiment.name(), 100, true);
        text(problems, "hypothesis", experiment.hypothesis(), 1000, false);
        if (Placement.fromCode(experiment.placement()) == null) {
            problems.put("placement", "Choose the placement to test: fbt, cart or confirmation.");
        }
        if (experiment.primaryMetric() != null && !METRICS.contains(experiment.primaryMetric())) {
            problems.put("primaryMetric", "Choose one of " + METRICS + ".");
        }
        BigDecimal effect = experiment.minimumDetectableEffect();
        if (effect == null || effect.compareTo(new BigDecimal("0.5")) < 0 || effect.compareTo(new BigDecimal("100")) > 0) {
            problems.put("minimumDetectableEffect", "The smallest effect worth detecting is a per cent between 0.5 and 100.");
        }
        if (experiment.startDate() != null && experiment.endDate() != null && !experiment.endDate().after(experiment.startDate())) {
            problems.put("endDate", "The end must come after the start.");
        }
        variants(problems, experiment.variants());
        bundleVariants(problems, experiment);
        return problems;
    }

    private static void variants(Map<String, String> problems, List<VariantSpec> variants) {
        if (variants.size() < 2 || variants.size() > MAX_VARIANTS) {
            problems.put("variants", "An experiment has 2 to " + MAX_VARIANTS + " variants.");
            return;
        }
        int controls = 0;
        java.util.Set<String> names = new java.util.HashSet<String>();
        for (int i = 0; i < variants.size(); i++) {
            VariantSpec variant = variants.get(i);
            String at = "variant." + (i + 1) + ".";
            text(problems, at + "name", variant.name(), 60, true);
            if (variant.name() != null && !names.add(variant.name().trim().toLowerCase(java.util.Locale.ROOT))) {
                problems.put(at + "name", "Each variant needs a name of its own.");
            }
            if (variant.weight() < 1 || variant.weight() > 100) {
                problems.put(at + "weight", "A weight is a whole number from 1 to 100 (e.g. 90 and 10 for a 10 % holdout).");
            }
            if (variant.isControl()) {
                controls++;
                if (variant.treatment() != Treatment.SAME) {
                    problems.put(at + "treatment", "The control shows the placement as it is today.");
                }
            }
            treatment(problems, at, variant);
        }
        if (controls != 1) {
            problems.put("variants", "Exactly one variant is the control (the placement as it is today).");
        }
    }

    private static void treatment(Map<String, String> problems, String at, VariantSpec variant) {
        String value = variant.value() == null ? "" : variant.value().trim();
        if (variant.treatment() == null) {
            problems.put(at + "treatment", "Choose what the variant changes.");
        } else if (variant.treatment() == Treatment.MAX_ITEMS) {
            if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 10) {
                problems.put(at + "value", "The number of items is a whole number from 1 to 10.");
            }
        } else if (variant.treatment() == Treatment.TITLE) {
            text(problems, at + "value", variant.value(), 100, true);
        } else if (variant.treatment() == Treatment.STRATEGY) {
            if (Strategy.fromName(value) == null) {
                problems.put(at + "value", "The strategy is one of RULES_ONLY, RULES_AND_MINED, MINED_ONLY or ALL.");
            }
        } else if (variant.treatment() == Treatment.BUNDLE_DISCOUNT) {
            if (BundleDiscountLevel.parse(value) == null) {
                problems.put(at + "value", "Write the bundle's id and this variant's discount, e.g. 3:15 for bundle 3 at 15"
                        + " (per cent or amount, as the bundle has it).");
            }
        }
    }

    /**
     * A bundle's discount is tested where its saving is offered (the product page's widget shows it; the cart only
     * shows what was applied), and one experiment tests one bundle.
     */
    private static void bundleVariants(Map<String, String> problems, ExperimentDefinition experiment) {
        Long bundleId = null;
        for (int i = 0; i < experiment.variants().size(); i++) {
            VariantSpec variant = experiment.variants().get(i);
            BundleDiscountLevel level = BundleDiscountLevel.of(variant);
            if (level == null) {
                continue;
            }
            String at = "variant." + (i + 1) + ".value";
            if (!Placement.FBT.code().equals(experiment.placement())) {
                problems.put(at, "A bundle's discount is tested on the fbt placement, where the widget offers its saving.");
            } else if (bundleId != null && bundleId != level.bundleId()) {
                problems.put(at, "One experiment tests the discount of one bundle; this variant names another.");
            }
            bundleId = level.bundleId();
        }
    }

    private static void text(Map<String, String> problems, String field, String value, int length, boolean required) {
        if (value == null || value.trim().isEmpty()) {
            if (required) {
                problems.put(field, "Required.");
            }
        } else if (value.length() > length) {
            problems.put(field, "At most " + length + " characters.");
        } else if (MARKUP.matcher(value).find()) {
            problems.put(field, "No markup or control characters (< and > are not allowed).");
        }
    }
}
