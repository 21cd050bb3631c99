package com.helpdesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class SpreadsheetSafeTests {

    /** Strings made mostly of the characters that matter here, so the edge cases come up often. */
    @Property(tries = 2000)
    void everyValueReadsBackAsItWasWritten(
            @ForAll @StringLength(max = 6) @Chars({ '\'', '=', '+', '-', '@', '\t', '\r', ' ' }) @CharRange(from = 'a', to = 'c') String value) {
        assertThat(SpreadsheetSafe.read(SpreadsheetSafe.cell(value))).isEqualTo(value);
    }

    @Property(tries = 2000)
    void noWrittenCellStartsLikeAFormula(
            @ForAll @StringLength(max = 6) @Chars({ '\'', '=', '+', '-', '@', '\t', '\r', ' ' }) @CharRange(from = 'a', to = 'c') String value) {
        String cell = SpreadsheetSafe.cell(value);
        if (!cell.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(cell.substring(0, 1));
        }
    }
}
