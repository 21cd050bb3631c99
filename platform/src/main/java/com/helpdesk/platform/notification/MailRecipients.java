package com.helpdesk.platform.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Who gets which mail: staff by the address their sign-in carried ({@code tenant_users.email}),
 * partners by the address the vendor gave for them ({@code service_partners.mail_address}).
 */
@Component
class MailRecipients {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    MailRecipients(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The assignee (if any) and the tenant's supervisors, each address once. */
    List<String> ofEscalation(TenantId tenant, UUID assignee) {
        return transactions.call(tenant, () -> List.copyOf(new LinkedHashSet<>(jdbc.sql("""
                select email from tenant_users
                 where tenant_id = :tenant and email is not null and email <> ''
                   and (user_id = :assignee or 'supervisor' = any (roles))
                 order by (user_id = :assignee) desc nulls last, username""")
            .param("tenant", tenant.value())
            .param("assignee", assignee)
            .query(String.class)
            .list())));
    }

    Optional<String> ofPartner(TenantId tenant, UUID partner) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select mail_address from service_partners where tenant_id = :tenant and id = :id and mail_address is not null""")
            .param("tenant", tenant.value())
            .param("id", partner)
            .query(String.class)
            .optional());
    }

    /** False when the tenant has no such partner. */
    boolean setPartnerAddress(TenantId tenant, UUID partner, String address) {
        return transactions.call(tenant, () -> jdbc.sql("""
                update service_partners set mail_address = :address where tenant_id = :tenant and id = :id""")
            .param("address", address)
            .param("tenant", tenant.value())
            .param("id", partner)
            .update() == 1);
    }
}
