package com.helpdesk.platform.customer;

import java.util.HashMap;
import java.util.Map;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/** Customers' devices; serial numbers are unique within a tenant. */
@Repository
class DeviceRepository {

    private static final String SELECT = """
            select id, customer_id, product_line, model, serial_number, purchase_date, acceptance_date,
                   dealer_sold, warranty_card_received from devices""";

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    DeviceRepository(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    UUID add(TenantId tenant, UUID customer, DeviceDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        transactions.run(tenant, () -> jdbc.sql("""
                insert into devices (tenant_id, id, customer_id, product_line, model, serial_number, purchase_date,
                                     acceptance_date, dealer_sold, warranty_card_received, created_at, updated_at)
                values (:tenant, :id, :customer, :productLine, :model, :serial, :purchase, :acceptance, :dealerSold,
                        :card, :now, :now)""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("customer", customer)
            .params(columns(draft))
            .param("now", SqlTimes.utc(now))
            .update());
        return id;
    }

    /** Replaces a device's fields; false if the customer has no such device. */
    boolean update(TenantId tenant, UUID customer, UUID id, DeviceDraft draft, Instant now) {
        return transactions.call(tenant, () -> jdbc.sql("""
                update devices set product_line = :productLine, model = :model, serial_number = :serial,
                                   purchase_date = :purchase, acceptance_date = :acceptance, dealer_sold = :dealerSold,
                                   warranty_card_received = :card, updated_at = :now
                 where tenant_id = :tenant and customer_id = :customer and id = :id""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("customer", customer)
            .params(columns(draft))
            .param("now", SqlTimes.utc(now))
            .update()) == 1;
    }

    Optional<DeviceView> find(TenantId tenant, UUID customer, UUID id) {
        return transactions.call(tenant, () -> jdbc.sql(SELECT
                + " where tenant_id = :tenant and customer_id = :customer and id = :id")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .param("id", id)
            .query(DeviceRepository::device)
            .optional());
    }

    List<DeviceView> ofCustomer(TenantId tenant, UUID customer) {
        return transactions.call(tenant, () -> jdbc.sql(SELECT
                + " where tenant_id = :tenant and customer_id = :customer order by purchase_date, serial_number")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .query(DeviceRepository::device)
            .list());
    }

    /**
     * The devices whose serial number, without its letters and signs, is these digits: what a
     * caller can key on a phone for {@code SN-2024-0815}. Two at most, enough to tell one from many.
     */
    List<DeviceView> bySerialDigits(TenantId tenant, String digits) {
        return transactions.call(tenant, () -> jdbc.sql(SELECT + "\n" + """
                 where tenant_id = :tenant and regexp_replace(serial_number, '[^0-9]', '', 'g') = :digits
                 limit 2""")
            .param("tenant", tenant.value())
            .param("digits", digits)
            .query(DeviceRepository::device)
            .list());
    }

    /** Which of these serial numbers the tenant has registered already. */
    Set<String> registeredSerials(TenantId tenant, Collection<String> serials) {
        if (serials.isEmpty()) {
            return Set.of();
        }
        return transactions.call(tenant, () -> new HashSet<>(jdbc.sql("""
                select serial_number from devices where tenant_id = :tenant and serial_number = any(:serials)""")
            .param("tenant", tenant.value())
            .param("serials", serials.toArray(String[]::new))
            .query(String.class)
            .list()));
    }

    private static Map<String, Object> columns(DeviceDraft draft) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("productLine", draft.productLine());
        columns.put("model", draft.model());
        columns.put("serial", draft.serialNumber());
        columns.put("purchase", draft.purchaseDate());
        columns.put("acceptance", draft.acceptanceDate());
        columns.put("dealerSold", draft.dealerSold());
        columns.put("card", draft.warrantyCardReceived());
        return columns;
    }

    private static DeviceView device(ResultSet rs, int row) throws SQLException {
        return new DeviceView(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("product_line"), rs.getString("model"), rs.getString("serial_number"),
                rs.getObject("purchase_date", LocalDate.class), rs.getObject("acceptance_date", LocalDate.class),
                rs.getBoolean("dealer_sold"), rs.getObject("warranty_card_received", LocalDate.class));
    }
}
