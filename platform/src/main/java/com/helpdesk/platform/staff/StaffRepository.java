package com.helpdesk.platform.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.security.Role;
import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/** Staff of a tenant, recorded the first time each logs in and refreshed as they come back. */
@Repository
class StaffRepository {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    StaffRepository(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Returns true when this was the member's first appearance in the tenant. */
    boolean register(TenantId tenant, StaffMember member, Instant now) {
        String[] roles = member.roles().stream().map(Role::claimValue).sorted().toArray(String[]::new);
        return transactions.call(tenant, () -> jdbc.sql("""
                insert into tenant_users (tenant_id, user_id, username, display_name, email, roles,
                                          first_seen_at, last_seen_at)
                values (:tenant, :user, :username, :displayName, :email, :roles, :now, :now)
                on conflict (tenant_id, user_id) do update
                   set username = excluded.username, display_name = excluded.display_name,
                       email = excluded.email, roles = excluded.roles, last_seen_at = excluded.last_seen_at
                returning (xmax = 0) as inserted""")
            .param("tenant", tenant.value())
            .param("user", member.userId())
            .param("username", member.username())
            .param("displayName", member.displayName())
            .param("email", member.email())
            .param("roles", roles)
            .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
            .query(Boolean.class)
            .single());
    }

    /** Gives the member an extension (or none); false if the member is unknown. Unique per tenant. */
    boolean setExtension(TenantId tenant, UUID userId, String extension) {
        return transactions.call(tenant, () -> jdbc.sql("""
                update tenant_users set extension = :extension where tenant_id = :tenant and user_id = :user""")
            .param("tenant", tenant.value())
            .param("user", userId)
            .param("extension", extension)
            .update()) == 1;
    }

    /** Gives a member their configured first extension unless they have one or it is taken. */
    void assignInitialExtension(TenantId tenant, UUID userId, String extension) {
        transactions.run(tenant, () -> jdbc.sql("""
                update tenant_users set extension = :extension
                 where tenant_id = :tenant and user_id = :user and extension is null
                   and not exists (select 1 from tenant_users where tenant_id = :tenant and extension = :extension)""")
            .param("tenant", tenant.value())
            .param("user", userId)
            .param("extension", extension)
            .update());
    }

    Optional<Colleague> byExtension(TenantId tenant, String extension) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select user_id, username, display_name, email, roles, extension, last_seen_at
                  from tenant_users where tenant_id = :tenant and extension = :extension""")
            .param("tenant", tenant.value())
            .param("extension", extension)
            .query(StaffRepository::colleague)
            .optional());
    }

    Optional<Colleague> find(TenantId tenant, UUID userId) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select user_id, username, display_name, email, roles, extension, last_seen_at
                  from tenant_users where tenant_id = :tenant and user_id = :user""")
            .param("tenant", tenant.value())
            .param("user", userId)
            .query(StaffRepository::colleague)
            .optional());
    }

    List<Colleague> list(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select user_id, username, display_name, email, roles, extension, last_seen_at
                  from tenant_users where tenant_id = :tenant order by username""")
            .param("tenant", tenant.value())
            .query(StaffRepository::colleague)
            .list());
    }

    private static Colleague colleague(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new Colleague(rs.getObject("user_id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"),
                Arrays.asList((String[]) roles.getArray()), rs.getString("extension"),
                rs.getObject("last_seen_at", OffsetDateTime.class).toInstant());
    }
}
