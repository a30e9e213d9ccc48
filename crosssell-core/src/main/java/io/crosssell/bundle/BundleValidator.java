package io.crosssell.bundle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a bundle may be saved. Every problem is reported at once, in words a merchandiser
 * understands, with the field it concerns; a bundle with any problem is saved nowhere. An inactive bundle
 * may hold fewer than {@link #MIN_MEMBERS} items: a draft the admin fills in before switching it on.
 */
public class BundleValidator {

    public static final int MIN_MEMBERS = 2;
    public static final int MAX_MEMBERS = 5;
    public static final int MAX_NAME_LENGTH = 100;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final BundleCatalog catalog;

    public BundleValidator(BundleCatalog catalog) {
        this.catalog = catalog;
    }

    /** @throws BundleValidationException listing every problem, if there is one */
    public void check(BundleDefinition bundle) {
        List<String> problems = problems(bundle);
        if (!problems.isEmpty()) {
            throw new BundleValidationException(problems);
        }
    }

    /** A problem and the bundle field it concerns ({@code name}, {@code items}, {@code discountValue}, {@code endDate}). */
    public static final class Problem {
        private final String field;
        private final String message;

        Problem(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String field() {
            return field;
        }

        public String message() {
            return message;
        }
    }

    public List<String> problems(BundleDefinition bundle) {
        List<String> messages = new ArrayList<String>();
        for (Problem problem : problemsAt(bundle)) {
            messages.add(problem.message());
        }
        return messages;
    }

    public List<Problem> problemsAt(BundleDefinition bundle) {
        Problems problems = new Problems();
        problems.field = "name";
        String name = bundle.name() == null ? "" : bundle.name().trim();
        if (name.isEmpty()) {
            problems.add("A bundle needs a name.");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add("The name is longer than " + MAX_NAME_LENGTH + " characters.");
        } else if (!name.matches("[^<>\\p{Cntrl}]+")) {
            problems.add("The name may not contain < > or control characters.");
        }
        problems.field = "items";
        List<BundleMember> members = bundle.members();
        boolean draft = !bundle.isActive() && members.size() < MIN_MEMBERS;
        if (members.size() > MAX_MEMBERS || (members.size() < MIN_MEMBERS && !draft)) {
            problems.add("A bundle has " + MIN_MEMBERS + " to " + MAX_MEMBERS + " items; this one has " + members.size()
                    + (members.size() < MIN_MEMBERS ? ". Save it inactive while you add its items." : "."));
        }
        BundleCatalog.ProductFacts carrier = null;
        Set<BundleMember> seen = new HashSet<BundleMember>();
        for (BundleMember member : members) {
            if (!seen.add(member)) {
                problems.add("The bundle lists " + describe(member) + " twice.");
                continue;
            }
            if (member.isProduct()) {
                BundleCatalog.ProductFacts product = catalog.product(member.productId());
                if (product == null) {
                    problems.add("There is no product " + member.productId() + ".");
                } else if (!product.isActive()) {
                    problems.add(product.name() + " is not active; a bundle may only hold products shoppers can buy.");
                } else if (!product.isDiscountable()) {
                    problems.add(product.name() + " is marked as not discountable, so no discount could apply to it.");
                } else if (carrier == null) {
                    carrier = product;
                }
            } else if (catalog.categoryName(member.categoryId()) == null) {
                problems.add("There is no category " + member.categoryId() + ".");
            }
        }
        if (!draft && !members.isEmpty() && !hasProduct(members)) {
            problems.add("A bundle needs at least one product; categories alone make a category promotion.");
        }
        problems.field = "discountValue";
        checkDiscount(bundle, carrier, problems);
        problems.field = "endDate";
        if (bundle.startDate() != null && bundle.endDate() != null && !bundle.endDate().after(bundle.startDate())) {
            problems.add("The end date must be after the start date.");
        }
        return problems.list;
    }

    /** Collects problems, each at the field being checked when it is found. */
    private static final class Problems {
        final List<Problem> list = new ArrayList<Problem>();
        String field;

        void add(String message) {
            list.add(new Problem(field, message));
        }
    }

    private static void checkDiscount(BundleDefinition bundle, BundleCatalog.ProductFacts carrier, Problems problems) {
        BigDecimal value = bundle.discountValue();
        if (bundle.discountType() == null || value == null) {
            problems.add("Choose a percentage or an amount off.");
            return;
        }
        if (value.signum() <= 0) {
            problems.add("The discount must be more than 0.");
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add("The discount may have at most 2 decimals.");
        } else if (bundle.discountType() == BundleDiscountType.PERCENT && value.compareTo(HUNDRED) >= 0) {
            problems.add("A percentage discount must be less than 100 %.");
        } else if (bundle.discountType() == BundleDiscountType.AMOUNT && carrier != null && carrier.price() != null
                && value.compareTo(carrier.price()) >= 0) {
            // Broadleaf books a fixed bundle discount on one item, the bundle's first product, capped at its price.
            problems.add("An amount off must be less than the price of the bundle's first product ("
                    + carrier.name() + ", " + carrier.price().setScale(2, BigDecimal.ROUND_HALF_EVEN).toPlainString() + ").");
        }
    }

    private static boolean hasProduct(List<BundleMember> members) {
        for (BundleMember member : members) {
            if (member.isProduct()) {
                return true;
            }
        }
        return false;
    }

    private String describe(BundleMember member) {
        if (member.isProduct()) {
            BundleCatalog.ProductFacts product = catalog.product(member.productId());
            return product == null ? "product " + member.productId() : product.name();
        }
        String category = catalog.categoryName(member.categoryId());
        return "any product of " + (category == null ? "category " + member.categoryId() : category);
    }
}
