package com.helpdesk.platform.customer;

import java.util.List;

/**
 * Why an import file was refused, before anything was stored.
 *
 * @param tooLarge the file is over the size or row limit (413), rather than invalid (400)
 * @param errors   what is wrong, by row; row 0 for the file as a whole
 */
final class ImportProblem extends RuntimeException {

    private final transient List<RowError> errors;
    private final boolean tooLarge;

    ImportProblem(boolean tooLarge, List<RowError> errors) {
        super(errors.isEmpty() ? "import refused" : errors.getFirst().message());
        this.tooLarge = tooLarge;
        this.errors = List.copyOf(errors);
    }

    static ImportProblem ofFile(String message) {
        return new ImportProblem(false, List.of(new RowError(0, "file", message)));
    }

    static ImportProblem tooLarge(String message) {
        return new ImportProblem(true, List.of(new RowError(0, "file", message)));
    }

    boolean tooLarge() {
        return tooLarge;
    }

    List<RowError> errors() {
        return errors;
    }

    /** One problem of one row, {@code field} being the column's name. */
    record RowError(int row, String field, String message) {
    }
}
