package com.helpdesk.platform.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CustomerCsvTests {

    @Test
    void readsQuotedValuesSeveralPhonesAndADevice() {
        List<CustomerCsv.Parsed> rows = CustomerCsv.read("""
                name,phones,region,address,product_line,serial,purchase_date,dealer_sold
                "Li, Lei",138 0013 8000; 010-66881234 ,110105,"朝阳区, 3 号",laptop,S1,2026-01-02,yes
                Han,,,,,,,
                """, 10);

        assertThat(rows).hasSize(2);
        ImportRow first = rows.getFirst().row();
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.customer().name()).isEqualTo("Li, Lei");
        assertThat(first.customer().phones()).extracting(PhoneDraft::number)
            .containsExactly("138 0013 8000", "010-66881234");
        assertThat(first.customer().addresses().getFirst().text()).isEqualTo("朝阳区, 3 号");
        assertThat(first.device().purchaseDate()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(first.device().dealerSold()).isTrue();
        assertThat(rows.get(1).row().device()).isNull();
        assertThat(rows.get(1).row().customer().addresses()).isEmpty();
    }

    @Test
    void reportsUnreadableValuesByRowAndColumn() {
        List<CustomerCsv.Parsed> rows = CustomerCsv.read("""
                name,purchase_date,dealer_sold
                A,31.12.2025,maybe
                B,2026-01-01
                """, 10);

        assertThat(rows.get(0).errors()).extracting(ImportProblem.RowError::row, ImportProblem.RowError::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "purchase_date"),
                    org.assertj.core.groups.Tuple.tuple(2, "dealer_sold"));
        assertThat(rows.get(1).errors()).extracting(ImportProblem.RowError::row).containsExactly(3);
    }

    @Test
    void refusesUnknownColumnsMissingNamesEmptyFilesAndTooManyRows() {
        assertThatThrownBy(() -> CustomerCsv.read("name,tenant_id\nA,B\n", 10)).isInstanceOf(ImportProblem.class)
            .hasMessageContaining("tenant_id");
        assertThatThrownBy(() -> CustomerCsv.read("phones\n13800138000\n", 10)).isInstanceOf(ImportProblem.class);
        assertThatThrownBy(() -> CustomerCsv.read("name\n", 10)).isInstanceOf(ImportProblem.class);
        assertThatThrownBy(() -> CustomerCsv.read("name\nA\nB\nC\n", 2))
            .isInstanceOfSatisfying(ImportProblem.class, problem -> assertThat(problem.tooLarge()).isTrue());
    }
}
