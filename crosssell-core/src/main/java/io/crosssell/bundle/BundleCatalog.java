package io.crosssell.bundle;

import java.math.BigDecimal;

/** The catalog facts bundle validation needs, answered by a Broadleaf adapter. */
public interface BundleCatalog {

    /** The product, or null if there is no such product. */
    ProductFacts product(long productId);

    /** The category's name, or null if there is no such category. */
    String categoryName(long categoryId);

    /** What validation needs to know of a product. */
    final class ProductFacts {
        private final String name;
        private final boolean active;
        private final boolean discountable;
        private final BigDecimal price;

        public ProductFacts(String name, boolean active, boolean discountable, BigDecimal price) {
            this.name = name;
            this.active = active;
            this.discountable = discountable;
            this.price = price;
        }

        public String name() {
            return name;
        }

        public boolean isActive() {
            return active;
        }

        public boolean isDiscountable() {
            return discountable;
        }

        /** The price a shopper pays now (the sale price when there is one). */
        public BigDecimal price() {
            return price;
        }
    }
}
