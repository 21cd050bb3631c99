package com.helpdesk.platform.customer;

import java.util.Comparator;
import com.helpdesk.tenantadmin.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.ServiceTerms;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * Imports a customer list all or nothing: every row is checked first, with the API's own rules,
 * and only a file without a single problem is stored, in one transaction.
 */
@Component
class CustomerImport {

    static final int MAX_ROWS = 10_000;
    private static final Pattern PHONE_FIELD = Pattern.compile("phones\\[(\\d+)]\\..*");

    private final CustomerImportWriter writer;
    private final DeviceRepository devices;
    private final TermsCatalog catalog;
    private final Clock clock;

    CustomerImport(CustomerImportWriter writer, DeviceRepository devices, TermsCatalog catalog, Clock clock) {
        this.writer = writer;
        this.devices = devices;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What an import stored. */
    record Imported(int customers, int phones, int addresses, int devices) {
    }

    /** Stores every row, or throws an {@link ImportProblem} naming every bad row and stores nothing. */
    Imported run(TenantProfile tenant, String csv) {
        List<CustomerCsv.Parsed> parsed = CustomerCsv.read(csv, MAX_ROWS);
        List<ImportRow> rows = checked(tenant, parsed);
        writer.write(tenant.id(), rows, clock.instant());
        return new Imported(rows.size(), rows.stream().mapToInt(r -> r.customer().phones().size()).sum(),
                rows.stream().mapToInt(r -> r.customer().addresses().size()).sum(),
                (int) rows.stream().filter(r -> r.device() != null).count());
    }

    private List<ImportRow> checked(TenantProfile tenant, List<CustomerCsv.Parsed> parsed) {
        ServiceTerms terms = catalog.current(tenant.id()).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(),
                terms != null ? terms.calendar().zone() : tenant.timeZone());
        PhoneNumbers numbers = PhoneNumbers.of(tenant);
        List<ImportProblem.RowError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Map<String, Integer> serialRows = new HashMap<>();
        for (CustomerCsv.Parsed each : parsed) {
            errors.addAll(each.errors());
            ImportRow row = each.row();
            if (row.customer() == null) {
                continue;
            }
            Violations at = Violations.collect();
            CustomerDraft customer = row.customer().checked(at, numbers);
            if (row.device() != null) {
                row.device().check(at, terms, today);
                Integer earlier = row.device().serialNumber() == null ? null
                        : serialRows.putIfAbsent(row.device().serialNumber(), row.row());
                if (earlier != null) {
                    at.add("serialNumber", "repeats the serial number of row " + earlier);
                }
            }
            at.list().forEach(v -> errors.add(new ImportProblem.RowError(row.row(), column(v.field()), message(v))));
            rows.add(new ImportRow(row.row(), customer, row.device()));
        }
        devices.registeredSerials(tenant.id(), serialRows.keySet()).forEach(serial -> errors.add(
                new ImportProblem.RowError(serialRows.get(serial), "serial", "is already registered for another device")));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportProblem.RowError::row));
            throw new ImportProblem(false, errors);
        }
        return rows;
    }

    /** Says which of several numbers in one cell is meant: {@code phones[1].number} → "number 2: …". */
    private static String message(Violation violation) {
        Matcher phone = PHONE_FIELD.matcher(violation.field());
        return phone.matches() ? "number " + (Integer.parseInt(phone.group(1)) + 1) + ": " + violation.message()
                : violation.message();
    }

    /** The column a body field comes from: {@code phones[1].number} → {@code phones}. */
    private static String column(String field) {
        String mapped = CustomerCsv.COLUMN_OF.get(field);
        if (mapped != null) {
            return mapped;
        }
        int cut = field.indexOf('[');
        return cut > 0 ? field.substring(0, cut) : field;
    }
}
