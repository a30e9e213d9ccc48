package io.crosssell.rule.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a merchandiser's rule may be saved: errors stop the save (nothing is written), warnings
 * are shown and the rule is saved. Plain Java; the catalog and the saved rules come through {@link Facts}.
 */
public final class RuleValidator {

    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 1000;
    public static final int MAX_POSITION = 10;
    public static final int MAX_ITEMS = 10;
    public static final int MAX_NAME_LENGTH = 255;
    /** Rule texts are shown as text: without a "<" no stored value can open a tag or close a form's text area. */
    static final String PLAIN_TEXT_ONLY = "The text may not contain < or control characters.";

    /** Former rule types, each with what a merchandiser does instead; a rule of one is refused with that. */
    public static final Map<String, String> RETIRED_TYPES = Collections.singletonMap("ADD_ON",
            "Add-on rules no longer exist: which add-ons a product is offered is set on the add-on itself"
                    + " (Cross-sell > Checkout Add-ons, its eligible products and categories).");

    private final Facts facts;
    private final Set<String> ruleTypes;
    private Map<String, Input[]> linkIndex;

    /** @param ruleTypes the codes of the rule types there are */
    public RuleValidator(Facts facts, Set<String> ruleTypes) {
        this.facts = facts;
        this.ruleTypes = Collections.unmodifiableSet(new LinkedHashSet<String>(ruleTypes));
    }

    /** What validation asks of the catalog and the saved rules. */
    public interface Facts {
        /** The product's name, or null if there is no such product. */
        String productName(long productId);

        boolean isProductActive(long productId);

        /** The category's name, or null if there is no such category. */
        String categoryName(long categoryId);

        /** The category's parent (the one category rules inherit through), or null at the top. */
        Long parentCategoryOf(long categoryId);

        /** Every saved rule, to find duplicates. */
        List<Input> savedRules();
    }

    /** Errors and warnings for one rule. */
    public static final class Result {
        private final List<String> errors;
        private final List<String> errorFields;
        private final List<String> warnings;

        Result(List<String> errors, List<String> errorFields, List<String> warnings) {
            this.errors = Collections.unmodifiableList(errors);
            this.errorFields = Collections.unmodifiableList(errorFields);
            this.warnings = Collections.unmodifiableList(warnings);
        }

        public List<String> errors() {
            return errors;
        }

        /** The rule field each error is about (same order as {@link #errors()}), e.g. "targetProduct". */
        public List<String> errorFields() {
            return errorFields;
        }

        public List<String> warnings() {
            return warnings;
        }

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result check(Input rule) {
        Errors errors = new Errors();
        List<String> warnings = new ArrayList<String>();
        String name = rule.name == null ? "" : rule.name.trim();
        if (name.isEmpty()) {
            errors.add("name", "A rule needs a name.");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add("name", "The name is longer than " + MAX_NAME_LENGTH + " characters.");
        } else if (!isPlainText(name)) {
            errors.add("name", PLAIN_TEXT_ONLY);
        }
        if (rule.message != null && !rule.message.isEmpty() && !isPlainText(rule.message.replaceAll("[\\r\\n\\t]", " "))) {
            errors.add("promotionMessage", PLAIN_TEXT_ONLY);
        }
        if (rule.type != null && RETIRED_TYPES.containsKey(rule.type) && !ruleTypes.contains(rule.type)) {
            errors.add("ruleType", RETIRED_TYPES.get(rule.type));
        } else if (rule.type == null || !ruleTypes.contains(rule.type)) {
            errors.add("ruleType", "Choose the rule's type (" + join(ruleTypes) + ").");
        }
        boolean sourceOk = checkEnd("source", rule.sourceProductId, rule.sourceCategoryId, errors);
        boolean targetOk = checkEnd("target", rule.targetProductId, rule.targetCategoryId, errors);
        if (sourceOk && targetOk && same(rule.sourceProductId, rule.targetProductId) && rule.sourceProductId != null) {
            errors.add("targetProduct", "A rule may not link a product to itself.");
        }
        if (sourceOk && targetOk && same(rule.sourceCategoryId, rule.targetCategoryId) && rule.sourceCategoryId != null) {
            errors.add("targetCategory", "A rule may not link a category to itself.");
        }
        if (targetOk && rule.targetProductId != null && facts.productName(rule.targetProductId) != null
                && !facts.isProductActive(rule.targetProductId)) {
            warnings.add(facts.productName(rule.targetProductId)
                    + " is not active: shoppers will not see this rule's target until it is.");
        }
        for (Long category : new Long[] {rule.sourceCategoryId, rule.targetCategoryId}) {
            if (category != null && facts.categoryName(category) != null) {
                String loop = loopAbove(category);
                if (loop != null) {
                    errors.add(category.equals(rule.sourceCategoryId) ? "sourceCategory" : "targetCategory",
                            "The category tree has a loop (" + loop + "); category rules would inherit through it forever.");
                }
            }
        }
        if (rule.priority < MIN_PRIORITY || rule.priority > MAX_PRIORITY) {
            errors.add("priority", "Priority must be between " + MIN_PRIORITY + " and " + MAX_PRIORITY + ".");
        }
        if (rule.position != null && (rule.position < 1 || rule.position > MAX_POSITION)) {
            errors.add("position", "A pinned position must be between 1 and " + MAX_POSITION + ".");
        }
        if (rule.maxItems != null && (rule.maxItems < 1 || rule.maxItems > MAX_ITEMS)) {
            errors.add("maxItems", "Most items must be between 1 and " + MAX_ITEMS + ".");
        }
        if (rule.start != null && rule.end != null && !rule.end.after(rule.start)) {
            errors.add("activeEndDate", "The end date must be after the start date.");
        }
        if (errors.isEmpty()) {
            Input saved = firstOtherWithSameLink(rule);
            if (saved != null) {
                // Negative ids stand for rows of an import that are not saved yet.
                String other = saved.id != null && saved.id < 0 ? "Row " + (-saved.id) : "Rule " + saved.id;
                errors.add("targetProduct", other + " (" + saved.name + ") already links this source to this target.");
            }
        }
        return new Result(errors.messages, errors.fields, warnings);
    }

    /**
     * The first saved rule, other than this one, with the same type, source and target, or null. The saved
     * rules are indexed once per validator, so checking every row of an import is linear in its rows, and a
     * row has at most one duplicate error however often it repeats.
     */
    private Input firstOtherWithSameLink(Input rule) {
        if (linkIndex == null) {
            linkIndex = new HashMap<String, Input[]>();
            for (Input saved : facts.savedRules()) {
                Input[] firstTwo = linkIndex.get(linkOf(saved));
                if (firstTwo == null) {
                    linkIndex.put(linkOf(saved), new Input[] {saved, null});
                } else if (firstTwo[1] == null) {
                    firstTwo[1] = saved;
                }
            }
        }
        Input[] firstTwo = linkIndex.get(linkOf(rule));
        if (firstTwo == null) {
            return null;
        }
        for (Input candidate : firstTwo) {
            if (candidate != null && candidate != rule && !(candidate.id != null && candidate.id.equals(rule.id))) {
                return candidate;
            }
        }
        return null;
    }

    private static String linkOf(Input rule) {
        return rule.type + "|" + rule.sourceProductId + "|" + rule.sourceCategoryId + "|" + rule.targetProductId + "|"
                + rule.targetCategoryId;
    }

    /** Error messages with the field each is about. */
    private static final class Errors {
        final List<String> messages = new ArrayList<String>();
        final List<String> fields = new ArrayList<String>();

        void add(String field, String message) {
            fields.add(field);
            messages.add(message);
        }

        boolean isEmpty() {
            return messages.isEmpty();
        }
    }

    private boolean checkEnd(String end, Long productId, Long categoryId, Errors errors) {
        if ((productId == null) == (categoryId == null)) {
            errors.add(end + "Product", "Choose a " + end + ": one product or one category.");
            return false;
        }
        if (productId != null && facts.productName(productId) == null) {
            errors.add(end + "Product", "There is no product " + productId + " (" + end + ").");
            return false;
        }
        if (categoryId != null && facts.categoryName(categoryId) == null) {
            errors.add(end + "Category", "There is no category " + categoryId + " (" + end + ").");
            return false;
        }
        return true;
    }

    /** The loop met walking up from the category, as "A → B → A", or null. */
    private String loopAbove(long categoryId) {
        List<Long> path = new ArrayList<Long>();
        Long current = categoryId;
        while (current != null) {
            int seen = path.indexOf(current);
            if (seen >= 0) {
                StringBuilder loop = new StringBuilder();
                for (Long id : path.subList(seen, path.size())) {
                    loop.append(facts.categoryName(id)).append(" → ");
                }
                return loop.append(facts.categoryName(current)).toString();
            }
            path.add(current);
            current = facts.parentCategoryOf(current);
        }
        return null;
    }

    private static boolean isPlainText(String text) {
        return text.matches("[^<\\p{Cntrl}]*");
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String join(Set<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(value);
        }
        return text.toString();
    }

    /** A rule as entered; every field may be missing or wrong. */
    public static final class Input {
        Long id;
        String name;
        String type;
        Long sourceProductId;
        Long sourceCategoryId;
        Long targetProductId;
        Long targetCategoryId;
        int priority;
        Integer position;
        Integer maxItems;
        Date start;
        Date end;
        String message;

        /** The rule's id (null for a new rule). */
        public Long id() {
            return id;
        }

        public static Input named(String name) {
            Input input = new Input();
            input.name = name;
            return input;
        }

        public Input id(Long ruleId) {
            this.id = ruleId;
            return this;
        }

        public Input type(String ruleType) {
            this.type = ruleType;
            return this;
        }

        public Input source(Long productId, Long categoryId) {
            this.sourceProductId = productId;
            this.sourceCategoryId = categoryId;
            return this;
        }

        public Input target(Long productId, Long categoryId) {
            this.targetProductId = productId;
            this.targetCategoryId = categoryId;
            return this;
        }

        public Input priority(int rulePriority) {
            this.priority = rulePriority;
            return this;
        }

        public Input position(Integer pinnedPosition) {
            this.position = pinnedPosition;
            return this;
        }

        public Input maxItems(Integer most) {
            this.maxItems = most;
            return this;
        }

        /** The promotion message shoppers see with the rule's items. */
        public Input message(String promotionMessage) {
            this.message = promotionMessage;
            return this;
        }

        public Input dates(Date from, Date until) {
            this.start = from;
            this.end = until;
            return this;
        }
    }
}
