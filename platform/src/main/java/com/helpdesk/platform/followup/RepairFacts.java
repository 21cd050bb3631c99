package com.helpdesk.platform.followup;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;

/**
 * What a return visit needs to know of the repair it follows, read in one query inside the
 * tenant's transaction: who to call, whether they are a key customer, whose work it was.
 * A read-only view across the ticket, customer, dispatch and staff tables, so that scheduling a
 * visit costs one round trip instead of four features' lookups.
 */
@Component
class RepairFacts {

    /** Customers of this category are the vendor's key customers (重点用户), surveyed without exception. */
    static final String KEY_CATEGORY = "special";

    private final JdbcClient jdbc;

    RepairFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Facts> of(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select t.number, t.customer_id, t.caller_name, t.caller_phone, t.partner_id, t.terms_version,
                       coalesce(c.category = :key, false) as key_customer,
                       coalesce(
                         (select nullif(d.engineer_name, '') from ticket_dispatches d
                           where d.tenant_id = t.tenant_id and d.ticket_id = t.id and d.engineer_name <> ''
                             and d.status in ('accepted', 'on-site')
                           order by d.dispatched_at desc limit 1),
                         (select coalesce(nullif(u.display_name, ''), u.username)
                            from ticket_resolutions r join tenant_users u
                              on u.tenant_id = r.tenant_id and u.user_id = r.recorded_by
                           where r.tenant_id = t.tenant_id and r.ticket_id = t.id),
                         '') as engineer_name
                  from tickets t left join customers c on c.tenant_id = t.tenant_id and c.id = t.customer_id
                 where t.tenant_id = :tenant and t.id = :ticket""")
            .param("key", KEY_CATEGORY)
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query((rs, i) -> new Facts(rs.getLong("number"), rs.getObject("customer_id", UUID.class),
                    rs.getString("caller_name"), rs.getString("caller_phone"), rs.getBoolean("key_customer"),
                    rs.getString("engineer_name"), rs.getObject("partner_id", UUID.class), rs.getInt("terms_version")))
            .optional();
    }

    record Facts(long number, UUID customerId, String callerName, String callerPhone, boolean keyCustomer,
            String engineerName, UUID partnerId, int termsVersion) {
    }
}
