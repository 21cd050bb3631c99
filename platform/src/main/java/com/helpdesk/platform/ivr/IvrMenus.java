package com.helpdesk.platform.ivr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.telephony.ivr.IvrMenu;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.Violations;

/**
 * Each tenant's IVR menu ({@code ivr_menus}), or the default menu ({@code ivr/default-menu.json})
 * for a tenant that has none. The default is checked when the application starts, so a broken
 * default fails the start rather than a caller.
 */
@Component
class IvrMenus {

    private static final Logger log = LoggerFactory.getLogger(IvrMenus.class);

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final JsonMapper json;
    private final MenuDocument defaultDocument;
    private final IvrMenu defaultMenu;

    IvrMenus(JdbcClient jdbc, TenantTransactions transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.defaultDocument = readDefault(json);
        this.defaultMenu = defaultDocument.check(Violations.collect(), null);
    }

    /**
     * The menu a call to the tenant's hotline gets. A stored menu that no longer passes the checks
     * (they may have grown stricter since it was saved) gives way to the default: callers are served.
     */
    IvrMenu menuOf(TenantId tenant) {
        return stored(tenant).map(s -> {
            try {
                return s.document().check(Violations.collect(), defaultMenu);
            }
            catch (InvalidInputException e) {
                log.warn("The IVR menu of tenant {} is invalid, the default menu serves: {}", tenant, e.getMessage());
                return defaultMenu;
            }
        }).orElse(defaultMenu);
    }

    /** The tenant's own document, or the default one, for the admin page. */
    Stored document(TenantId tenant) {
        return stored(tenant).orElse(new Stored(defaultDocument, false, 0, null, null));
    }

    /**
     * Checks the document (throwing field errors) and makes it the tenant's menu.
     *
     * @param expected the version the change was made from (0: the default menu), or null to
     *                 replace whatever is stored; a different stored version refuses the change
     */
    Stored replace(TenantId tenant, MenuDocument document, Integer expected, String by, Instant now) {
        Violations violations = Violations.collect();
        document.check(violations, defaultMenu);
        // The version is compared in the statement that writes the row, so two admins saving at
        // once cannot both pass the check: the first save of a vendor inserts (or finds the row
        // another admin just inserted), a later one updates only the version it was made from.
        String sql = expected == null ? """
                insert into ivr_menus (tenant_id, document, version, updated_by, updated_at)
                values (:tenant, cast(:document as jsonb), 1, :by, :now)
                on conflict (tenant_id) do update set document = excluded.document,
                    version = ivr_menus.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at"""
                : expected == 0 ? """
                insert into ivr_menus (tenant_id, document, version, updated_by, updated_at)
                values (:tenant, cast(:document as jsonb), 1, :by, :now)
                on conflict (tenant_id) do nothing"""
                : """
                update ivr_menus set document = cast(:document as jsonb), version = version + 1,
                       updated_by = :by, updated_at = :now
                 where tenant_id = :tenant and version = :expected""";
        int written = transactions.call(tenant, () -> jdbc.sql(sql)
            .param("tenant", tenant.value())
            .param("document", json.writeValueAsString(document))
            .param("expected", expected == null ? 0 : expected)
            .param("by", by)
            .param("now", SqlTimes.utc(now))
            .update());
        if (written == 0) {
            throw new OptimisticLockingFailureException("The IVR menu of " + tenant + " is no longer at version "
                    + expected);
        }
        return document(tenant);
    }

    private Optional<Stored> stored(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select document::text as document, version, updated_by, updated_at from ivr_menus
                 where tenant_id = :tenant""")
            .param("tenant", tenant.value())
            .query((rs, i) -> new Stored(json.readValue(rs.getString("document"), MenuDocument.class), true,
                    rs.getInt("version"), rs.getString("updated_by"), SqlTimes.instant(rs, "updated_at")))
            .optional());
    }

    private static MenuDocument readDefault(JsonMapper json) {
        try (InputStream in = new ClassPathResource("ivr/default-menu.json").getInputStream()) {
            return json.readValue(in, MenuDocument.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException("the default IVR menu is missing", e);
        }
    }

    /**
     * A menu document with where it comes from.
     *
     * @param custom false for the default menu, which the tenant has not replaced
     */
    record Stored(MenuDocument document, boolean custom, int version, String updatedBy, Instant updatedAt) {
    }
}
