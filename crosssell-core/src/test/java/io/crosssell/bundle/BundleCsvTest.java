package io.crosssell.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Date;

import org.junit.jupiter.api.Test;

class BundleCsvTest {

    private static final String HEADER = String.join(",", BundleCsv.COLUMNS) + "\n";

    @Test
    void anExportNamesTheMembersInAReadOnlyColumnThatAnImportIgnores() {
        BundleDefinition kit = BundleDefinition.builder("Commuter kit").id(7L).percentOff("10").product(101).anyOfCategory(11)
                .product(999).build();
        BundleCatalog catalog = new BundleCatalog() {
            @Override
            public ProductFacts product(long productId) {
                return productId == 101 ? new ProductFacts("Metro Commuter Bike", true, true, java.math.BigDecimal.TEN) : null;
            }

            @Override
            public String categoryName(long categoryId) {
                return categoryId == 11 ? "Lights" : null;
            }
        };

        String written = BundleCsv.write(Arrays.asList(kit), catalog);

        assertThat(written).startsWith(String.join(",", BundleCsv.COLUMNS) + ",member_names\r\n")
                .endsWith(",product:101|category:11|product:999,Metro Commuter Bike|any of Lights|?\r\n");
        BundleCsv.Parsed back = BundleCsv.parse(written.replace("any of Lights", "whatever"));
        assertThat(back.problems).isEmpty();
        assertThat(back.rows.get(0).bundle.members()).containsExactly(BundleMember.product(101), BundleMember.anyOfCategory(11),
                BundleMember.product(999));
    }

    @Test
    void aWrittenBundleReadsBackWithItsIdAndMemberOrder() {
        BundleDefinition kit = BundleDefinition.builder("Commuter kit, \"deluxe\"").id(7L).percentOff("12.5")
                .product(101).anyOfCategory(11).product(121).dates(new Date(1_790_000_040_000L), null).active(false)
                .build();

        BundleCsv.Parsed parsed = BundleCsv.parse(BundleCsv.write(Arrays.asList(kit)));

        assertThat(parsed.problems).isEmpty();
        BundleDefinition back = parsed.rows.get(0).bundle;
        assertThat(back.id()).isEqualTo(7L);
        assertThat(back.name()).isEqualTo("Commuter kit, \"deluxe\"");
        assertThat(back.discountType()).isEqualTo(BundleDiscountType.PERCENT);
        assertThat(back.discountValue()).isEqualByComparingTo("12.5");
        assertThat(back.members()).containsExactly(BundleMember.product(101), BundleMember.anyOfCategory(11),
                BundleMember.product(121));
        assertThat(back.startDate()).isEqualTo(new Date(1_790_000_040_000L));
        assertThat(back.isActive()).isFalse();
    }

    @Test
    void everyBadCellIsReportedWithItsRowNumberInFileOrder() {
        BundleCsv.Parsed parsed = BundleCsv.parse(HEADER
                + ",Good,PERCENT,10,,,true,product:101|product:121\n"
                + "x,Bad,HALF,ten,,,true,product:101|sku:5\n"
                + ",Short,PERCENT\n");

        assertThat(parsed.problems).containsExactly(
                "Row 3, id: \"x\" is not an id.",
                "Row 3, discount_type: \"HALF\" is not PERCENT or AMOUNT.",
                "Row 3, discount: \"ten\" is not a number (use a dot for decimals).",
                "Row 3, members: \"sku:5\" is not product:<id> or category:<id>.",
                "Row 4: 3 cells, expected 8.");
        assertThat(parsed.rows).hasSize(1);
        assertThat(parsed.rows.get(0).rowNumber).isEqualTo(2);
    }

    @Test
    void aNameThatASpreadsheetWouldRunIsWrittenAsText() {
        String csv = BundleCsv.write(Arrays.asList(BundleDefinition.builder("=HYPERLINK(\"x\")").amountOff("5")
                .product(101).product(121).build()));

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",AMOUNT,5,");
    }
}
