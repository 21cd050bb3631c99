package com.helpdesk.platform.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.SpreadsheetSafe;
import com.helpdesk.tenantadmin.TenantId;

/**
 * A tenant's customers and devices as CSV in the columns of the import ({@link CustomerCsv#COLUMNS}):
 * one row per device, a customer without devices on one row of its own; numbers joined with
 * {@code ;}, the first address. Streamed from one query, so a large archive is never held in memory;
 * every text cell is {@link SpreadsheetSafe spreadsheet-safe}.
 */
@Component
class CustomerExport {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    CustomerExport(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Writes the file to {@code out}, which stays open (it is the response's); answers the number of rows. */
    int write(TenantId tenant, Writer out) {
        AtomicInteger rows = new AtomicInteger();
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader(CustomerCsv.COLUMNS.toArray(String[]::new))
                .get()
                .print(out);
            transactions.run(tenant, () -> jdbc.sql("""
                    select c.name, c.kind, c.category, c.notes,
                           (select string_agg(p.number, ';' order by p.created_at, p.number)
                              from customer_phones p where p.tenant_id = c.tenant_id and p.customer_id = c.id) phones,
                           a.region_code, a.free_text,
                           d.product_line, d.model, d.serial_number, d.purchase_date, d.acceptance_date,
                           d.dealer_sold, d.warranty_card_received
                      from customers c
                      left join lateral (select region_code, free_text from customer_addresses a
                                          where a.tenant_id = c.tenant_id and a.customer_id = c.id
                                          order by a.created_at, a.id limit 1) a on true
                      left join devices d on d.tenant_id = c.tenant_id and d.customer_id = c.id
                     where c.tenant_id = :tenant
                     order by c.created_at, c.id, d.created_at, d.id""")
                .withFetchSize(FETCH_SIZE)
                .param("tenant", tenant.value())
                .query(row -> {
                    try {
                        csv.printRecord(cell(row.getString("name")), row.getString("kind"),
                                row.getString("category"), cell(row.getString("notes")),
                                cell(row.getString("phones")), row.getString("region_code"),
                                cell(row.getString("free_text")), cell(row.getString("product_line")),
                                cell(row.getString("model")), cell(row.getString("serial_number")),
                                date(row.getDate("purchase_date")), date(row.getDate("acceptance_date")),
                                row.getObject("product_line") == null ? null
                                        : row.getBoolean("dealer_sold") ? "yes" : "no",
                                date(row.getDate("warranty_card_received")));
                        rows.incrementAndGet();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.get();
    }

    private static String cell(String value) {
        return SpreadsheetSafe.cell(value);
    }

    private static String date(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }
}
