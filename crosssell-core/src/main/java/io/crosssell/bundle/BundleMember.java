package io.crosssell.bundle;

/** One place in a bundle: a given product, or any product of a category. */
public final class BundleMember {

    private final Long productId;
    private final Long categoryId;

    private BundleMember(Long productId, Long categoryId) {
        this.productId = productId;
        this.categoryId = categoryId;
    }

    public static BundleMember product(long productId) {
        return new BundleMember(productId, null);
    }

    public static BundleMember anyOfCategory(long categoryId) {
        return new BundleMember(null, categoryId);
    }

    /** The product, or null for a category member. */
    public Long productId() {
        return productId;
    }

    /** The category, or null for a product member. */
    public Long categoryId() {
        return categoryId;
    }

    public boolean isProduct() {
        return productId != null;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BundleMember)) {
            return false;
        }
        BundleMember member = (BundleMember) other;
        return equal(productId, member.productId) && equal(categoryId, member.categoryId);
    }

    private static boolean equal(Long a, Long b) {
        return a == null ? b == null : a.equals(b);
    }

    @Override
    public int hashCode() {
        return isProduct() ? productId.hashCode() : 31 * categoryId.hashCode() + 1;
    }

    @Override
    public String toString() {
        return isProduct() ? "product " + productId : "any product of category " + categoryId;
    }
}
