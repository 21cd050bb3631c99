package com.helpdesk.platform.ticket;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.entitlement.Device;

/**
 * The facts of a ticket's device that warranty depends on. Read here rather than through
 * {@code CustomerDirectory.DeviceFacts}, which lacks the acceptance date and the dealer's warranty
 * card: without them a policy counted from acceptance (servers, solar heaters) would end too early
 * and a voided warranty would still look valid. Once those facts are on {@code DeviceFacts}, this
 * class can go.
 */
@Repository
class RepairedDevices {

    private final JdbcClient jdbc;

    RepairedDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The device as entitlement sees it, with its model; called inside the ticket's tenant transaction. */
    Optional<RepairedDevice> find(TenantId tenant, UUID id) {
        return jdbc.sql("""
                select product_line, model, purchase_date, acceptance_date, dealer_sold, warranty_card_received
                  from devices where tenant_id = :tenant and id = :id""")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> new RepairedDevice(new Device(rs.getString("product_line"),
                    rs.getObject("purchase_date", LocalDate.class), rs.getObject("acceptance_date", LocalDate.class),
                    rs.getObject("warranty_card_received", LocalDate.class), rs.getBoolean("dealer_sold")),
                    rs.getString("model")))
            .optional();
    }

    record RepairedDevice(Device device, String model) {
    }
}
