package io.crosssell.addon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Decides whether an add-on's settings may be saved; every problem in words a merchandiser understands. */
public final class AddOnValidator {

    public static final int MAX_NAME_LENGTH = 100;
    /** Broadleaf stores order item attributes (the gift message) in 255 characters. */
    public static final int MAX_GIFT_MESSAGE = 255;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private AddOnValidator() {
    }

    public static List<String> problems(String name, AddOnKind kind, AddOnPriceMode mode, BigDecimal amount, String bands,
            int maxMessageLength, boolean hasServiceSku) {
        List<String> problems = new ArrayList<String>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            problems.add("An add-on needs a name.");
        } else if (trimmed.length() > MAX_NAME_LENGTH || !trimmed.matches("[^<>\\p{Cntrl}]+")) {
            problems.add("The name must be at most " + MAX_NAME_LENGTH + " characters, without < > or control characters.");
        }
        if (kind == null) {
            problems.add("Choose what the add-on is: gift wrap, warranty or express delivery.");
        }
        if (!hasServiceSku) {
            problems.add("Choose the service SKU the add-on's cart line is made of.");
        }
        if (mode == null) {
            problems.add("Choose how the add-on is priced.");
        } else if (mode == AddOnPriceMode.BANDS) {
            try {
                PriceBands.parse(bands);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        } else if (amount == null || amount.signum() < 0) {
            problems.add("The price must be 0 or more.");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("The price may have at most 2 decimals.");
        } else if (mode == AddOnPriceMode.PERCENT && (amount.signum() == 0 || amount.compareTo(HUNDRED) > 0)) {
            problems.add("A percentage must be more than 0 and at most 100.");
        }
        if (kind == AddOnKind.GIFT_WRAP && (maxMessageLength < 0 || maxMessageLength > MAX_GIFT_MESSAGE)) {
            problems.add("The longest gift message must be between 0 and " + MAX_GIFT_MESSAGE + " characters.");
        }
        if (kind == AddOnKind.GIFT_WRAP && mode == AddOnPriceMode.PERCENT) {
            problems.add("Gift wrap is priced per wrap: a fixed price.");
        }
        return problems;
    }
}
