package io.crosssell.admin.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SqlInsertTest {

    @Test
    void aRowIsKnownByItsIdAndACrossReferenceByItsPair() {
        SqlInsert section = SqlInsert.parse("INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, NAME, URL) VALUES (-9000, 'Rules, all of them',"
                + " '/crosssell-rules');");
        SqlInsert grant = SqlInsert.parse("insert into BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) values (-1, -9012)");

        assertThat(section.table()).isEqualTo("BLC_ADMIN_SECTION");
        assertThat(section.keyColumns()).containsExactly("ADMIN_SECTION_ID");
        assertThat(section.value("ADMIN_SECTION_ID")).isEqualTo(-9000L);
        assertThat(section.value("NAME")).as("a comma inside quotes").isEqualTo("Rules, all of them");
        assertThat(section.statement()).doesNotEndWith(";");
        assertThat(grant.keyColumns()).containsExactly("ADMIN_ROLE_ID", "ADMIN_PERMISSION_ID");
        assertThat(grant.value("ADMIN_PERMISSION_ID")).isEqualTo(-9012L);
    }

    @Test
    void anythingButAPlainInsertIsRefused() {
        assertThatThrownBy(() -> SqlInsert.parse("DELETE FROM BLC_ADMIN_SECTION")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlInsert.parse("INSERT INTO T (A, B) VALUES (1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlInsert.parse("INSERT INTO T (A) VALUES ('open)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStatementOfTheShippedFileIsUnderstoodAndUsesTheReservedIds() {
        List<SqlInsert> rows = AdminSecurityInstaller.rows();

        assertThat(rows).hasSizeGreaterThan(40);
        for (SqlInsert row : rows) {
            if (!row.table().endsWith("_XREF")) {
                assertThat((Long) row.value(row.keyColumns().get(0))).as(row.statement()).isLessThanOrEqualTo(-9000L);
            }
        }
        assertThat(Arrays.asList("BLC_ADMIN_MODULE", "BLC_ADMIN_SECTION", "BLC_ADMIN_PERMISSION", "BLC_ADMIN_PERMISSION_ENTITY",
                "BLC_ADMIN_PERMISSION_XREF", "BLC_ADMIN_SEC_PERM_XREF", "BLC_ADMIN_ROLE_PERMISSION_XREF"))
                .allMatch(table -> rows.stream().anyMatch(row -> row.table().equals(table)));
    }
}
