package com.helpdesk.platform.customer;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Writes checked import rows (which carry no contacts) in one transaction, one JDBC batch per
 * table: a 10,000-row file would otherwise cost some 40,000 round trips while the transaction
 * stays open (measured here: 15 s one by one, 4 s in batches, checks included).
 */
@Repository
class CustomerImportWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final TenantTransactions transactions;

    CustomerImportWriter(NamedParameterJdbcTemplate jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void write(TenantId tenant, List<ImportRow> rows, Instant now) {
        OffsetDateTime at = SqlTimes.utc(now);
        List<SqlParameterSource> customers = new ArrayList<>();
        List<SqlParameterSource> phones = new ArrayList<>();
        List<SqlParameterSource> addresses = new ArrayList<>();
        List<SqlParameterSource> devices = new ArrayList<>();
        for (ImportRow row : rows) {
            UUID id = UUID.randomUUID();
            CustomerDraft c = row.customer();
            customers.add(source(tenant, id).addValue("kind", c.kind()).addValue("category", c.category())
                .addValue("name", c.name()).addValue("notes", c.notes()).addValue("now", at));
            c.phones().forEach(p -> phones.add(source(tenant, id).addValue("number", p.number())
                .addValue("label", TextFields.orEmpty(p.label()))));
            c.addresses().forEach(a -> addresses.add(source(tenant, id).addValue("address", UUID.randomUUID())
                .addValue("region", a.regionCode()).addValue("text", TextFields.orEmpty(a.text()))));
            DeviceDraft d = row.device();
            if (d != null) {
                devices.add(source(tenant, id).addValue("device", UUID.randomUUID())
                    .addValue("productLine", d.productLine()).addValue("model", d.model())
                    .addValue("serial", d.serialNumber()).addValue("purchase", d.purchaseDate(), Types.DATE)
                    .addValue("acceptance", d.acceptanceDate(), Types.DATE).addValue("dealerSold", d.dealerSold())
                    .addValue("card", d.warrantyCardReceived(), Types.DATE).addValue("now", at));
            }
        }
        transactions.run(tenant, () -> {
            batch("""
                    insert into customers (tenant_id, id, kind, category, name, notes, created_at, updated_at)
                    values (:tenant, :customer, :kind, :category, :name, :notes, :now, :now)""", customers);
            batch("""
                    insert into customer_phones (tenant_id, customer_id, number, label)
                    values (:tenant, :customer, :number, :label) on conflict do nothing""", phones);
            batch("""
                    insert into customer_addresses (tenant_id, id, customer_id, region_code, free_text)
                    values (:tenant, :address, :customer, :region, :text)""", addresses);
            batch("""
                    insert into devices (tenant_id, id, customer_id, product_line, model, serial_number, purchase_date,
                                         acceptance_date, dealer_sold, warranty_card_received, created_at, updated_at)
                    values (:tenant, :device, :customer, :productLine, :model, :serial, :purchase, :acceptance,
                            :dealerSold, :card, :now, :now)""", devices);
        });
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource source(TenantId tenant, UUID customer) {
        return new MapSqlParameterSource("tenant", tenant.value()).addValue("customer", customer);
    }
}
