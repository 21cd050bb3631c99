package com.helpdesk.platform.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Service partners of a tenant. Every statement names the tenant itself; row-level security is
 * the second line of defence. Writes take the tenant's partner lock, so that a username can be
 * checked to belong to one partner only without two saves taking it at the same moment (an
 * element of an array column cannot carry a unique constraint).
 */
@Repository
class PartnerRepository {

    private static final String COLUMNS = """
            select id, name, region_codes, accept_within_ms, usernames, phone, active, version, created_at
              from service_partners""";

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    PartnerRepository(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    UUID create(TenantId tenant, PartnerFields fields, Instant now) {
        UUID id = UUID.randomUUID();
        transactions.run(tenant, () -> {
            lockPartners(tenant);
            requireFreeUsernames(tenant, id, fields.usernames());
            jdbc.sql("""
                    insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms, usernames,
                                                  phone, created_at)
                    values (:tenant, :id, :name, cast(:codes as text[]), :within, cast(:usernames as text[]),
                            :phone, :now)""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("name", fields.name())
                .param("codes", fields.regionCodes().toArray(String[]::new))
                .param("within", fields.acceptWithin().toMillis())
                .param("usernames", fields.usernames().toArray(String[]::new))
                .param("phone", fields.phone())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        });
        return id;
    }

    /** Applies a change made on {@code version}: 404 for no such partner, 409 if it moved on since. */
    void update(TenantId tenant, UUID id, int version, PartnerFields fields) {
        transactions.run(tenant, () -> {
            lockPartners(tenant);
            int current = currentVersion(tenant, id).orElseThrow(() -> new NotFoundException("Partner", id));
            if (current != version) {
                throw new OptimisticLockingFailureException("Partner " + id + " is no longer at version " + version);
            }
            requireFreeUsernames(tenant, id, fields.usernames());
            jdbc.sql("""
                    update service_partners
                       set name = :name, region_codes = cast(:codes as text[]), accept_within_ms = :within,
                           usernames = cast(:usernames as text[]), phone = :phone, version = version + 1
                     where tenant_id = :tenant and id = :id""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("name", fields.name())
                .param("codes", fields.regionCodes().toArray(String[]::new))
                .param("within", fields.acceptWithin().toMillis())
                .param("usernames", fields.usernames().toArray(String[]::new))
                .param("phone", fields.phone())
                .update();
        });
    }

    /** Activates or deactivates; a partner already in that state is left as it is (same version). */
    void setActive(TenantId tenant, UUID id, boolean active) {
        transactions.run(tenant, () -> {
            currentVersion(tenant, id).orElseThrow(() -> new NotFoundException("Partner", id));
            jdbc.sql("""
                    update service_partners set active = :active, version = version + 1
                     where tenant_id = :tenant and id = :id and active <> :active""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("active", active)
                .update();
        });
    }

    Optional<Partner> find(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> jdbc.sql(COLUMNS + " where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(PartnerRepository::partner)
            .optional());
    }

    /** Active partners listing any of {@code codes}: one lookup over the array index. */
    List<Partner> activeListingAny(TenantId tenant, List<String> codes) {
        return transactions.call(tenant, () -> jdbc.sql(COLUMNS + "\n" + """

                 where tenant_id = :tenant and active and region_codes && cast(:codes as text[])""")
            .param("tenant", tenant.value())
            .param("codes", codes.toArray(String[]::new))
            .query(PartnerRepository::partner)
            .list());
    }

    /** The active partner whose people include {@code username}, if any. */
    Optional<Partner> activeWithUsername(TenantId tenant, String username) {
        return transactions.call(tenant, () -> jdbc.sql(COLUMNS + "\n" + """

                 where tenant_id = :tenant and active and usernames @> array[cast(:username as text)]
                 order by created_at, id limit 1""")
            .param("tenant", tenant.value())
            .param("username", username)
            .query(PartnerRepository::partner)
            .optional());
    }

    /** A page by name; {@code codes} (null: any) are the codes that cover the region filtered on. */
    PartnerPage list(TenantId tenant, List<String> codes, Boolean active, int page, int size) {
        String where = " where tenant_id = :tenant"
                + (codes == null ? "" : " and region_codes && cast(:codes as text[])")
                + (active == null ? "" : " and active = :active");
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        if (codes != null) {
            params.put("codes", codes.toArray(String[]::new));
        }
        if (active != null) {
            params.put("active", active);
        }
        return transactions.call(tenant, () -> {
            long total = jdbc.sql("select count(*) from service_partners" + where)
                .params(params)
                .query(Long.class)
                .single();
            List<Partner> items = jdbc.sql(COLUMNS + where + " order by lower(name), id limit :size offset :offset")
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(PartnerRepository::partner)
                .list();
            return new PartnerPage(items, page, size, total);
        });
    }

    /** Serialises the tenant's partner writes for the rest of the transaction. */
    private void lockPartners(TenantId tenant) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('service_partners:' || :tenant, 0))")
            .param("tenant", tenant.value().toString())
            .query(Integer.class)
            .single();
    }

    private Optional<Integer> currentVersion(TenantId tenant, UUID id) {
        return jdbc.sql("select version from service_partners where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(Integer.class)
            .optional();
    }

    /** A username may belong to one partner of the tenant only, or the partner app could not tell whose it is. */
    private void requireFreeUsernames(TenantId tenant, UUID id, List<String> usernames) {
        if (usernames.isEmpty()) {
            return;
        }
        Map<String, String> taken = jdbc.sql("""
                select u.username, p.name from service_partners p, unnest(p.usernames) as u(username)
                 where p.tenant_id = :tenant and p.id <> :id and u.username = any(cast(:usernames as text[]))""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("usernames", usernames.toArray(String[]::new))
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Violations violations = Violations.collect();
        for (int i = 0; i < usernames.size(); i++) {
            String partner = taken.get(usernames.get(i));
            if (partner != null) {
                violations.at("usernames", i).add("already belongs to the partner '" + partner + "'");
            }
        }
        violations.throwIfAny();
    }

    private static Partner partner(ResultSet rs, int row) throws SQLException {
        return new Partner(rs.getObject("id", UUID.class), rs.getString("name"), strings(rs, "region_codes"),
                Duration.ofMillis(rs.getLong("accept_within_ms")), strings(rs, "usernames"), rs.getString("phone"),
                rs.getBoolean("active"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) rs.getArray(column).getArray()));
    }
}
