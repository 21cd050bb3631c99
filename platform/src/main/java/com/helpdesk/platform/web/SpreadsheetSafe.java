package com.helpdesk.platform.web;

/**
 * Cells that a spreadsheet would run as a formula ({@code =CMD(...)}, {@code +}, {@code -},
 * {@code @}, or after a tab or carriage return) are written with a leading apostrophe, which
 * spreadsheets show as text (OWASP "CSV injection"). Reading a file back removes exactly that
 * apostrophe, so an export imports again unchanged; a value that itself starts with apostrophes
 * before such a character gets one more, so that it too reads back as it was.
 */
public final class SpreadsheetSafe {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        return value != null && needsQuote(value) ? "'" + value : value;
    }

    public static String read(String value) {
        return value != null && value.startsWith("'") && needsQuote(value.substring(1)) ? value.substring(1) : value;
    }

    /** Whether, past any leading apostrophes, the value starts like a formula. */
    private static boolean needsQuote(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }
}
