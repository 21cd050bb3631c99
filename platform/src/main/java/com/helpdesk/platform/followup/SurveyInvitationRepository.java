package com.helpdesk.platform.followup;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;

/**
 * {@code survey_invitations}, inside the tenant's transaction, and {@code survey_links}, the
 * platform-level index by which a public link finds its tenant.
 */
@Repository
class SurveyInvitationRepository {

    private static final String COLUMNS = """
            id, visit_id, ticket_id, customer_id, key_customer, engineer_name, partner_id, form::text as form,
            status, channel, answers::text as answers, score, passed, invited_at, expires_at, answered_at""";
    private static final TypeReference<List<SurveyForm.Answer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SurveyInvitationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TenantId tenant, SurveyInvitation s) {
        jdbc.sql("""
                insert into survey_invitations (tenant_id, id, visit_id, ticket_id, customer_id, key_customer,
                    engineer_name, partner_id, form, invited_at, expires_at)
                values (:tenant, :id, :visit, :ticket, :customer, :key, :engineer, :partner, cast(:form as jsonb),
                    :invitedAt, :expiresAt)""")
            .param("tenant", tenant.value())
            .param("id", s.id())
            .param("visit", s.visitId())
            .param("ticket", s.ticketId())
            .param("customer", s.customerId())
            .param("key", s.keyCustomer())
            .param("engineer", s.engineerName())
            .param("partner", s.partnerId())
            .param("form", json.writeValueAsString(s.form()))
            .param("invitedAt", utc(s.invitedAt()))
            .param("expiresAt", utc(s.expiresAt()))
            .update();
        jdbc.sql("insert into survey_links (invitation_id, tenant_id) values (:id, :tenant)")
            .param("id", s.id())
            .param("tenant", tenant.value())
            .update();
    }

    Optional<SurveyInvitation> ofVisit(TenantId tenant, UUID visit, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from survey_invitations where tenant_id = :tenant and visit_id = :visit"
                + (lock ? " for update" : ""))
            .param("tenant", tenant.value())
            .param("visit", visit)
            .query(this::invitation)
            .optional();
    }

    /** The survey of the ticket's latest resolution. */
    Optional<SurveyInvitation> latestOfTicket(TenantId tenant, UUID ticket) {
        return jdbc.sql("select " + COLUMNS + " " + """
                from survey_invitations where tenant_id = :tenant and ticket_id = :ticket
                 order by invited_at desc limit 1""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query(this::invitation)
            .optional();
    }

    Optional<SurveyInvitation> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from survey_invitations where tenant_id = :tenant and id = :id for update")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(this::invitation)
            .optional();
    }

    void answer(TenantId tenant, UUID id, String status, String channel, List<SurveyForm.Answer> answers,
            BigDecimal score, Boolean passed, Instant at) {
        jdbc.sql("""
                update survey_invitations set status = :status, channel = :channel, answers = cast(:answers as jsonb),
                       score = :score, passed = :passed, answered_at = :at
                 where tenant_id = :tenant and id = :id""")
            .param("status", status)
            .param("channel", channel)
            .param("answers", json.writeValueAsString(answers))
            .param("score", score)
            .param("passed", passed)
            .param("at", utc(at))
            .param("tenant", tenant.value())
            .param("id", id)
            .update();
    }

    /** The tenant whose invitation this is, and whether its link was used; outside any tenant. */
    Optional<Link> link(UUID invitation) {
        return jdbc.sql("select tenant_id, used_at from survey_links where invitation_id = :id")
            .param("id", invitation)
            .query((rs, i) -> new Link(new TenantId(rs.getObject("tenant_id", UUID.class)), instant(rs, "used_at")))
            .optional();
    }

    /** Marks the link used; false if it was used already (two submissions racing: one wins). */
    boolean useLink(UUID invitation, Instant at) {
        return jdbc.sql("update survey_links set used_at = :at where invitation_id = :id and used_at is null")
            .param("at", utc(at))
            .param("id", invitation)
            .update() == 1;
    }

    /** Invitations sent in {@code [from, to)}: all, answered, and the same for key customers. */
    Rates rates(TenantId tenant, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) as invited, count(*) filter (where status = 'answered') as answered,
                       count(*) filter (where key_customer) as key_invited,
                       count(*) filter (where key_customer and status = 'answered') as key_answered,
                       count(*) filter (where passed) as passed, avg(score) as average
                  from survey_invitations where tenant_id = :tenant and invited_at >= :from and invited_at < :to""")
            .param("tenant", tenant.value())
            .param("from", utc(from))
            .param("to", utc(to))
            .query((rs, i) -> new Rates(rs.getLong("invited"), rs.getLong("answered"), rs.getLong("key_invited"),
                    rs.getLong("key_answered"), rs.getLong("passed"), rs.getBigDecimal("average")))
            .single();
    }

    /** Answered surveys of one engineer (by name) or one partner: count, passes, mean score. */
    Rates resultsBy(TenantId tenant, String engineer, UUID partner) {
        return jdbc.sql("""
                select count(*) as invited, count(*) filter (where status = 'answered') as answered,
                       count(*) filter (where key_customer) as key_invited,
                       count(*) filter (where key_customer and status = 'answered') as key_answered,
                       count(*) filter (where passed) as passed, avg(score) as average
                  from survey_invitations where tenant_id = :tenant
                   and (cast(:engineer as text) is null or engineer_name = :engineer)
                   and (cast(:partner as uuid) is null or partner_id = :partner)""")
            .param("tenant", tenant.value())
            .param("engineer", engineer)
            .param("partner", partner)
            .query((rs, i) -> new Rates(rs.getLong("invited"), rs.getLong("answered"), rs.getLong("key_invited"),
                    rs.getLong("key_answered"), rs.getLong("passed"), rs.getBigDecimal("average")))
            .single();
    }

    /** Who still owes an answer: key customers first, then the oldest invitation. */
    List<Owed> outstanding(TenantId tenant, boolean keyOnly, int page, int size) {
        return jdbc.sql("""
                select s.id, s.visit_id, s.ticket_id, s.customer_id, s.key_customer, s.status, s.invited_at,
                       s.expires_at, v.ticket_number, v.caller_name, v.caller_phone
                  from survey_invitations s join return_visits v on v.tenant_id = s.tenant_id and v.id = s.visit_id
                 where s.tenant_id = :tenant and s.status <> 'answered' and (not :keyOnly or s.key_customer)
                 order by s.key_customer desc, s.invited_at, s.id
                 limit :size offset :offset""")
            .param("tenant", tenant.value())
            .param("keyOnly", keyOnly)
            .param("size", size)
            .param("offset", (long) page * size)
            .query((rs, i) -> new Owed(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
                    rs.getObject("ticket_id", UUID.class), rs.getLong("ticket_number"),
                    rs.getObject("customer_id", UUID.class), rs.getString("caller_name"), rs.getString("caller_phone"),
                    rs.getBoolean("key_customer"), rs.getString("status"), instant(rs, "invited_at"),
                    instant(rs, "expires_at")))
            .list();
    }

    long countOutstanding(TenantId tenant, boolean keyOnly) {
        return jdbc.sql("""
                select count(*) from survey_invitations
                 where tenant_id = :tenant and status <> 'answered' and (not :keyOnly or key_customer)""")
            .param("tenant", tenant.value())
            .param("keyOnly", keyOnly)
            .query(Long.class)
            .single();
    }

    private SurveyInvitation invitation(ResultSet rs, int row) throws SQLException {
        return new SurveyInvitation(rs.getObject("id", UUID.class), rs.getObject("visit_id", UUID.class),
                rs.getObject("ticket_id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getBoolean("key_customer"), rs.getString("engineer_name"), rs.getObject("partner_id", UUID.class),
                json.readValue(rs.getString("form"), SurveyForm.class), rs.getString("status"),
                rs.getString("channel"), json.readValue(rs.getString("answers"), ANSWERS), rs.getBigDecimal("score"),
                (Boolean) rs.getObject("passed"), instant(rs, "invited_at"), instant(rs, "expires_at"),
                instant(rs, "answered_at"));
    }

    record Link(TenantId tenant, Instant usedAt) {
    }

    record Rates(long invited, long answered, long keyInvited, long keyAnswered, long passed, BigDecimal average) {
    }

    /** A survey still owed, with whom to ask. */
    record Owed(UUID invitationId, UUID visitId, UUID ticketId, long ticketNumber, UUID customerId, String callerName,
            String callerPhone, boolean keyCustomer, String status, Instant invitedAt, Instant expiresAt) {
    }
}
