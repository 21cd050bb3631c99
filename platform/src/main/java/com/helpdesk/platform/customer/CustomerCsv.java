package com.helpdesk.platform.customer;

import java.util.Locale;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.helpdesk.platform.web.SpreadsheetSafe;
import com.helpdesk.tenantadmin.Violations;

/**
 * Reads an import file: a header row naming some of {@link #COLUMNS}, then one customer per row,
 * with several numbers in {@code phones} separated by {@code ;}. Only reads: the checks of the
 * values are those of the API's bodies, run by {@link CustomerImport}.
 */
final class CustomerCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "category", "notes", "phones", "region", "address",
            "product_line", "model", "serial", "purchase_date", "acceptance_date", "dealer_sold",
            "warranty_card_received");
    static final Set<String> DEVICE_COLUMNS = Set.of("product_line", "model", "serial", "purchase_date",
            "acceptance_date", "dealer_sold", "warranty_card_received");

    /** Where the API bodies' field names are reported in an import: by their column. */
    static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("addresses[0].regionCode", "region"),
            Map.entry("addresses[0].text", "address"), Map.entry("productLine", "product_line"),
            Map.entry("serialNumber", "serial"), Map.entry("purchaseDate", "purchase_date"),
            Map.entry("acceptanceDate", "acceptance_date"), Map.entry("warrantyCardReceived", "warranty_card_received"));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();

    private CustomerCsv() {
    }

    /** The rows, each with the problems found while reading it (dates that are not dates) under its number. */
    static List<Parsed> read(String text, int maxRows) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            checkHeader(parser.getHeaderNames());
            List<Parsed> rows = new ArrayList<>();
            int index = 0;
            for (CSVRecord record : parser) {
                if (++index > maxRows) {
                    throw ImportProblem.tooLarge("The file has more than " + maxRows + " rows; split it.");
                }
                rows.add(parse(index + 1, record, parser.getHeaderNames().size()));
            }
            if (rows.isEmpty()) {
                throw ImportProblem.ofFile("has a header but no rows");
            }
            return rows;
        }
        catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ImportProblem.ofFile("is not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    /** A row as read, and what could not even be read. */
    record Parsed(ImportRow row, List<ImportProblem.RowError> errors) {
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown = header.stream().filter(name -> !COLUMNS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw ImportProblem.ofFile("has unknown columns " + unknown + "; known are " + COLUMNS);
        }
        if (!header.contains("name")) {
            throw ImportProblem.ofFile("needs a header row with at least the column 'name'");
        }
    }

    private static Parsed parse(int row, CSVRecord record, int columns) {
        List<ImportProblem.RowError> errors = new ArrayList<>();
        if (record.size() != columns) {
            errors.add(new ImportProblem.RowError(row, "", "has " + record.size() + " values, the header names " + columns));
            return new Parsed(new ImportRow(row, null, null), errors);
        }
        Violations at = Violations.collect();
        String region = value(record, "region");
        String address = value(record, "address");
        List<AddressDraft> addresses = region == null && address == null ? List.of()
                : List.of(new AddressDraft(region, address));
        List<PhoneDraft> phones = value(record, "phones") == null ? List.of()
                : Arrays.stream(value(record, "phones").split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(number -> new PhoneDraft(number, null)).toList();
        CustomerDraft customer = new CustomerDraft(value(record, "kind"), value(record, "category"),
                value(record, "name"), value(record, "notes"), phones, addresses, List.of());
        DeviceDraft device = null;
        if (DEVICE_COLUMNS.stream().anyMatch(column -> value(record, column) != null)) {
            device = new DeviceDraft(value(record, "product_line"), value(record, "model"), value(record, "serial"),
                    date(record, "purchase_date", at), date(record, "acceptance_date", at),
                    flag(record, "dealer_sold", at), date(record, "warranty_card_received", at));
        }
        at.list().forEach(v -> errors.add(new ImportProblem.RowError(row, v.field(), v.message())));
        return new Parsed(new ImportRow(row, customer, device), errors);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = SpreadsheetSafe.read(record.get(column));
        return value == null || value.isBlank() ? null : value;
    }

    private static LocalDate date(CSVRecord record, String column, Violations at) {
        String value = value(record, column);
        try {
            return value == null ? null : LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            at.add(column, "must be a date written as 2026-03-31");
            return null;
        }
    }

    private static Boolean flag(CSVRecord record, String column, Violations at) {
        String value = value(record, column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是" -> true;
            case "false", "no", "0", "否" -> false;
            default -> {
                at.add(column, "must be yes or no");
                yield false;
            }
        };
    }
}
