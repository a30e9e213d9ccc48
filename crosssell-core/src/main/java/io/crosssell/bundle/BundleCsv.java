package io.crosssell.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import io.crosssell.csv.CsvTable;

/**
 * The bundles CSV: a header row with {@link #COLUMNS}, then one bundle per row in the format of {@link CsvTable}.
 * Members are listed in order, separated by {@code |}: {@code product:101|product:121|category:11}.
 */
public final class BundleCsv {

    public static final List<String> COLUMNS = Arrays.asList("id", "name", "discount_type", "discount", "start", "end",
            "active", "members");
    /** The members' product or category names, for people reading an export; an import ignores the column. */
    public static final List<String> NAME_COLUMNS = Arrays.asList("member_names");
    public static final int MAX_ROWS = 1_000;
    private static final CsvTable TABLE = new CsvTable(COLUMNS, NAME_COLUMNS, "bundles", MAX_ROWS);
    private static final int MEMBERS = 7;

    private BundleCsv() {
    }

    /** A bundle read from the file, with its row number. */
    public static final class Row {
        public final int rowNumber;
        public final BundleDefinition bundle;

        Row(int rowNumber, BundleDefinition bundle) {
            this.rowNumber = rowNumber;
            this.bundle = bundle;
        }
    }

    /** Rows and problems of one file; the rows are usable only when there are no problems. */
    public static final class Parsed {
        public final List<Row> rows;
        public final List<String> problems;

        Parsed(List<Row> rows, List<String> problems) {
            this.rows = rows;
            this.problems = problems;
        }
    }

    public static Parsed parse(String text) {
        List<Row> rows = new ArrayList<Row>();
        List<String> problems = new ArrayList<String>();
        for (CsvTable.Row row : TABLE.rows(text, problems)) {
            if (!row.complete()) {
                continue;
            }
            BundleDefinition.Builder bundle = BundleDefinition.builder(row.text(1)).id(row.id(0))
                    .discount(discountType(row), row.decimal(3)).dates(row.date(4), row.date(5))
                    .active(row.bool(6, true));
            bundle.members(members(row));
            if (!row.failed()) {
                rows.add(new Row(row.number(), bundle.build()));
            }
        }
        return new Parsed(rows, problems);
    }

    /** The bundles as a CSV file (header first), ready for {@link #parse}; without member names. */
    public static String write(List<BundleDefinition> bundles) {
        return write(bundles, null);
    }

    /** As {@link #write(List)}, each row also naming its members from the catalog ("Heavy U-Lock|any of Lights"). */
    public static String write(List<BundleDefinition> bundles, BundleCatalog names) {
        List<Object[]> rows = new ArrayList<Object[]>();
        for (BundleDefinition bundle : bundles) {
            List<Object> cells = new ArrayList<Object>(fields(bundle).values());
            cells.add(names == null ? null : memberNames(bundle, names));
            rows.add(cells.toArray());
        }
        return TABLE.write(rows);
    }

    /** The bundle's cells by column ({@link #COLUMNS}) as the file writes them: for a dry run's "old → new". */
    public static Map<String, String> fields(BundleDefinition bundle) {
        Object[] values = {bundle.id(), bundle.name(), bundle.discountType() == null ? null : bundle.discountType().name(),
            bundle.discountValue() == null ? null : bundle.discountValue().stripTrailingZeros().toPlainString(),
            CsvTable.dateCell(bundle.startDate()), CsvTable.dateCell(bundle.endDate()), bundle.isActive(), membersCell(bundle)};
        Map<String, String> fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < values.length; i++) {
            fields.put(COLUMNS.get(i), values[i] == null ? null : String.valueOf(values[i]));
        }
        return fields;
    }

    /** The members as the members column writes them: {@code product:101|category:13}. */
    private static String membersCell(BundleDefinition bundle) {
        StringBuilder members = new StringBuilder();
        for (BundleMember member : bundle.members()) {
            members.append(members.length() == 0 ? "" : "|")
                    .append(member.isProduct() ? "product:" + member.productId() : "category:" + member.categoryId());
        }
        return members.toString();
    }

    private static String memberNames(BundleDefinition bundle, BundleCatalog catalog) {
        StringBuilder names = new StringBuilder();
        for (BundleMember member : bundle.members()) {
            String name;
            if (member.isProduct()) {
                BundleCatalog.ProductFacts product = catalog.product(member.productId());
                name = product == null ? "?" : product.name();
            } else {
                String category = catalog.categoryName(member.categoryId());
                name = "any of " + (category == null ? "?" : category);
            }
            names.append(names.length() == 0 ? "" : "|").append(name);
        }
        return names.toString();
    }

    private static BundleDiscountType discountType(CsvTable.Row row) {
        String value = row.text(2);
        for (BundleDiscountType type : BundleDiscountType.values()) {
            if (type.name().equals(value == null ? null : value.toUpperCase(Locale.ROOT))) {
                return type;
            }
        }
        row.problem(2, "\"" + (value == null ? "" : value) + "\" is not PERCENT or AMOUNT.");
        return null;
    }

    private static List<BundleMember> members(CsvTable.Row row) {
        List<BundleMember> members = new ArrayList<BundleMember>();
        String value = row.text(MEMBERS);
        if (value == null) {
            return members;
        }
        for (String entry : value.split("\\|")) {
            String member = entry.trim().toLowerCase(Locale.ROOT);
            if (member.matches("product:\\d{1,18}")) {
                members.add(BundleMember.product(Long.parseLong(member.substring("product:".length()))));
            } else if (member.matches("category:\\d{1,18}")) {
                members.add(BundleMember.anyOfCategory(Long.parseLong(member.substring("category:".length()))));
            } else {
                row.problem(MEMBERS, "\"" + entry.trim() + "\" is not product:<id> or category:<id>.");
            }
        }
        return members;
    }
}
