package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.customer.RepairsOfCustomer;
import com.helpdesk.tenantadmin.TenantId;

/** Reads the customer's repairs from the resolution records of their devices' tickets. */
@Repository
class DeviceRepairLedger implements RepairsOfCustomer {

    private final JdbcClient jdbc;

    DeviceRepairLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RecordedRepair> repairs(TenantId tenant, UUID customer) {
        return jdbc.sql("""
                select t.device_id, t.id, t.number, r.fault_code, r.recorded_at
                  from tickets t
                  join ticket_resolutions r on r.tenant_id = t.tenant_id and r.ticket_id = t.id
                 where t.tenant_id = :tenant and t.customer_id = :customer and t.device_id is not null
                   and r.fault_code <> ''
                 order by r.recorded_at""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .query((rs, i) -> new RecordedRepair(rs.getObject("device_id", UUID.class), rs.getObject("id", UUID.class),
                    rs.getLong("number"), rs.getString("fault_code"), instant(rs, "recorded_at")))
            .list();
    }
}
