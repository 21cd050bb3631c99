package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Tickets in PostgreSQL. Every statement names the tenant; callers run them inside a
 * {@code TenantTransactions} call, so row-level security binds them too.
 */
@Repository
class TicketRepository {

    private static final String COLUMNS = """
            id, number, status, status_before_wait, severity, channel, terms_version, customer_id, device_id,
            caller_name, caller_phone, region_code, address, product_line, serial_number, purchase_date, problem,
            assignee_id, partner_id, escalation_tier, reported_at, first_contact_at, resolved_at, closed_at, version,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('ticket_numbers')").query(Long.class).single();
    }

    void insert(TenantId tenant, Ticket t, UUID createdBy) {
        jdbc.sql("""
                insert into tickets (tenant_id, id, number, status, severity, channel, terms_version, customer_id,
                    device_id, caller_name, caller_phone, region_code, address, product_line, serial_number,
                    purchase_date, problem, assignee_id, reported_at, first_contact_at, created_by, created_at,
                    updated_at)
                values (:tenant, :id, :number, :status, :severity, :channel, :terms, :customer, :device, :callerName,
                    :callerPhone, :region, :address, :productLine, :serial, :purchaseDate, :problem, :assignee,
                    :reportedAt, :firstContact, :createdBy, :createdAt, :createdAt)""")
            .param("tenant", tenant.value())
            .param("id", t.id())
            .param("number", t.number())
            .param("status", t.status().value())
            .param("severity", t.severity())
            .param("channel", t.channel().value())
            .param("terms", t.termsVersion())
            .param("customer", t.customerId())
            .param("device", t.deviceId())
            .param("callerName", t.callerName())
            .param("callerPhone", t.callerPhone())
            .param("region", t.regionCode())
            .param("address", t.address())
            .param("productLine", t.productLine())
            .param("serial", t.serialNumber())
            .param("purchaseDate", t.purchaseDate())
            .param("problem", t.problem())
            .param("assignee", t.assigneeId())
            .param("reportedAt", utc(t.reportedAt()))
            .param("firstContact", utc(t.firstContactAt()))
            .param("createdBy", createdBy)
            .param("createdAt", utc(t.createdAt()))
            .update();
    }

    Optional<Ticket> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tickets where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(TicketRepository::ticket)
            .optional();
    }

    Optional<Ticket> findByNumber(TenantId tenant, long number) {
        return jdbc.sql("select " + COLUMNS + " from tickets where tenant_id = :tenant and number = :number")
            .param("tenant", tenant.value())
            .param("number", number)
            .query(TicketRepository::ticket)
            .optional();
    }

    /** Reads the ticket and locks its row until the transaction ends: changes to one ticket queue up. */
    Optional<Ticket> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tickets where tenant_id = :tenant and id = :id for update")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(TicketRepository::ticket)
            .optional();
    }

    /**
     * Writes the changed fields of a ticket read at {@code expectedVersion}; refuses with an
     * optimistic-locking failure when someone else changed it since.
     */
    Ticket update(TenantId tenant, Ticket t, int expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                update tickets set status = :status, status_before_wait = :beforeWait, severity = :severity,
                    assignee_id = :assignee, partner_id = :partner, escalation_tier = :tier,
                    first_contact_at = :firstContact, resolved_at = :resolvedAt, closed_at = :closedAt,
                    version = version + 1, updated_at = :now
                 where tenant_id = :tenant and id = :id and version = :version""")
            .param("tenant", tenant.value())
            .param("id", t.id())
            .param("version", expectedVersion)
            .param("status", t.status().value())
            .param("beforeWait", t.statusBeforeWait() == null ? null : t.statusBeforeWait().value())
            .param("severity", t.severity())
            .param("assignee", t.assigneeId())
            .param("partner", t.partnerId())
            .param("tier", t.escalationTier())
            .param("firstContact", utc(t.firstContactAt()))
            .param("resolvedAt", utc(t.resolvedAt()))
            .param("closedAt", utc(t.closedAt()))
            .param("now", utc(now))
            .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Ticket " + t.id() + " is no longer at version "
                    + expectedVersion);
        }
        return find(tenant, t.id()).orElseThrow();
    }

    /** One page of the tenant's tickets, newest first, and how many match in all. */
    TicketPage list(TenantId tenant, TicketFilter filter, Instant now, int page, int size) {
        List<String> where = new ArrayList<>(List.of("t.tenant_id = :tenant"));
        if (filter.status() != null) {
            where.add("t.status = :status");
        }
        if (filter.severity() != null) {
            where.add("t.severity = :severity");
        }
        if (filter.assignee() != null) {
            where.add("t.assignee_id = :assignee");
        }
        if (filter.partner() != null) {
            where.add("t.partner_id = :partner");
        }
        if (filter.customer() != null) {
            where.add("t.customer_id = :customer");
        }
        if (filter.open() != null) {
            where.add(filter.open() ? "t.status not in ('resolved', 'closed')" : "t.status in ('resolved', 'closed')");
        }
        if (filter.breached() != null) {
            where.add((filter.breached() ? "" : "not ") + """
                    exists (select 1 from ticket_clocks c where c.tenant_id = t.tenant_id and c.ticket_id = t.id
                                and c.superseded_at is null
                                and (c.breached_at is not null or c.met_at > c.due_at
                                     or (c.met_at is null and c.paused_since is null and c.due_at < :now)))""");
        }
        String condition = String.join(" and ", where);
        long total = bind(jdbc.sql("select count(*) from tickets t where " + condition), tenant, filter, now)
            .query(Long.class)
            .single();
        List<Ticket> items = bind(jdbc.sql("select " + COLUMNS + " from tickets t where "
                + condition + " order by t.reported_at desc, t.id limit :size offset :offset"), tenant, filter, now)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(TicketRepository::ticket)
            .list();
        return new TicketPage(items, page, size, total);
    }

    /** The customer's tickets still under repair, newest first. */
    List<Ticket> openOfCustomer(TenantId tenant, UUID customer, int limit) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from tickets where tenant_id = :tenant and customer_id = :customer
                  and status not in ('resolved', 'closed') order by reported_at desc limit :limit""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .param("limit", limit)
            .query(TicketRepository::ticket)
            .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TenantId tenant, TicketFilter f,
            Instant now) {
        spec = spec.param("tenant", tenant.value());
        if (f.status() != null) {
            spec = spec.param("status", f.status().value());
        }
        if (f.severity() != null) {
            spec = spec.param("severity", f.severity());
        }
        if (f.assignee() != null) {
            spec = spec.param("assignee", f.assignee());
        }
        if (f.partner() != null) {
            spec = spec.param("partner", f.partner());
        }
        if (f.customer() != null) {
            spec = spec.param("customer", f.customer());
        }
        if (f.breached() != null) {
            spec = spec.param("now", utc(now));
        }
        return spec;
    }

    private static Ticket ticket(ResultSet rs, int row) throws SQLException {
        String beforeWait = rs.getString("status_before_wait");
        return new Ticket(rs.getObject("id", UUID.class), rs.getLong("number"),
                TicketStatus.of(rs.getString("status")).orElseThrow(),
                beforeWait == null ? null : TicketStatus.of(beforeWait).orElseThrow(), rs.getInt("severity"),
                Channel.of(rs.getString("channel")).orElseThrow(), rs.getInt("terms_version"),
                rs.getObject("customer_id", UUID.class), rs.getObject("device_id", UUID.class),
                rs.getString("caller_name"), rs.getString("caller_phone"), rs.getString("region_code"),
                rs.getString("address"), rs.getString("product_line"), rs.getString("serial_number"),
                rs.getObject("purchase_date", LocalDate.class), rs.getString("problem"),
                rs.getObject("assignee_id", UUID.class), rs.getObject("partner_id", UUID.class),
                rs.getString("escalation_tier"), instant(rs, "reported_at"), instant(rs, "first_contact_at"),
                instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getInt("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

}
