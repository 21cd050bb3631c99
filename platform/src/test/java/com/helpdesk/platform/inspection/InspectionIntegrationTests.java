package com.helpdesk.platform.inspection;

import static com.helpdesk.platform.support.Api.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.tenantadmin.terms.ServiceTerms;

/**
 * Inspection plans and visits through the API: generation within the horizon with the report
 * clock on the tenant's calendar, the partner's app seeing only its own partner's visits, reports
 * with field errors and stale versions, and tenant isolation.
 */
@PlatformIntegrationTest
class InspectionIntegrationTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Kunlun's Beijing partner, whose person is the demo user kunlun-partner. */
    static final String BEIJING_PARTNER = "7a1f0c3e-0000-4000-8001-000000000101";
    static final String SHANGHAI_PARTNER = "7a1f0c3e-0000-4000-8001-000000000102";

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    InspectionGenerator generator;

    /** The application's connection: the scheduler's table is platform-level. */
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlanGeneratesItsVisitsWithinTheHorizonWithTheReportDueInThreeWorkingDays() throws Exception {
        String supervisor = tokens.of("kunlun-supervisor");
        LocalDate first = LocalDate.now(BEIJING).plusDays(5);

        JsonNode plan = plan(supervisor, customer(supervisor), "\"partnerId\": \"%s\"".formatted(BEIJING_PARTNER),
                first, "MONTHLY");

        assertThat(plan.get("plan").get("interval").asString()).isEqualTo("MONTHLY");
        JsonNode visits = plan.get("visits");
        assertThat(visits).hasSize(1);
        JsonNode visit = visits.get(0);
        assertThat(visit.get("scheduledOn").asString()).isEqualTo(first.toString());
        assertThat(visit.get("status").asString()).isEqualTo("scheduled");
        assertThat(visit.get("reportState").asString()).isEqualTo("running");
        ReportClock expected = ReportClock.after(first, 3, kunlunTerms().calendar());
        assertThat(Instant.parse(visit.get("reportDueAt").asString())).isEqualTo(expected.dueAt());
        // The durable generator's round adds nothing new before the horizon moves: one visit per plan and date.
        generator.run();
        assertThat(api.get("/api/inspections?plan=" + id(plan), supervisor).json()).hasSize(1);
    }

    @Test
    void aPlanWithoutAnIntervalTakesTheTermsOneAndTheGeneratorIsADurableRecurringTask() {
        String supervisor = tokens.of("sunhome-supervisor");
        JsonNode plan = plan(supervisor, customer(supervisor), "", LocalDate.now(BEIJING).plusDays(1), null);

        assertThat(plan.get("plan").get("interval").asString()).isEqualTo("TWICE_YEARLY");
        assertThat(plan.get("visits")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'inspection-visits'")
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePartnerSeesAndReportsOnlyItsOwnInspections() {
        String supervisor = tokens.of("kunlun-supervisor");
        String customer = customer(supervisor);
        LocalDate first = LocalDate.now(BEIJING).plusDays(2);
        JsonNode ours = plan(supervisor, customer, "\"partnerId\": \"%s\"".formatted(BEIJING_PARTNER), first, "QUARTERLY");
        JsonNode theirs = plan(supervisor, customer, "\"partnerId\": \"%s\"".formatted(SHANGHAI_PARTNER), first,
                "QUARTERLY");
        String partner = tokens.of("kunlun-partner");
        String ourVisit = ours.get("visits").get(0).get("id").asString();
        String theirVisit = theirs.get("visits").get(0).get("id").asString();

        List<String> seen = ids(api.get("/api/partner/inspections?size=100&status=scheduled", partner).json());
        assertThat(seen).contains(ourVisit).doesNotContain(theirVisit);
        assertThat(api.get("/api/partner/inspections/" + theirVisit, partner).status()).isEqualTo(404);
        assertThat(api.post("/api/partner/inspections/" + theirVisit + "/report", partner, report(0, "王工")).status())
            .isEqualTo(404);
        assertThat(api.get("/api/inspections/" + ourVisit, partner).status()).isEqualTo(403);
        String otherVendorsPartner = tokens.of("sunhome-partner");
        assertThat(api.get("/api/partner/inspections/" + ourVisit, otherVendorsPartner).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/partner/inspections?size=100", otherVendorsPartner).json())).doesNotContain(ourVisit);

        Api.Reply bad = api.post("/api/partner/inspections/" + ourVisit + "/report", partner, """
                {"version": 0, "visitedOn": "%s", "checklist": [{"item": "", "ok": null}],
                 "readings": [{"name": "温度", "value": ""}], "signedOffBy": ""}"""
            .formatted(LocalDate.now(BEIJING).plusDays(2)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).containsExactlyInAnyOrder("visitedOn", "checklist[0].item", "checklist[0].ok",
                "readings[0].value", "signedOffBy");
        assertThat(api.post("/api/partner/inspections/" + ourVisit + "/report", partner, report(7, "王工")).status())
            .isEqualTo(409);

        Api.Reply reported = api.post("/api/partner/inspections/" + ourVisit + "/report", partner, report(0, "王工"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        JsonNode visit = api.get("/api/inspections/" + ourVisit, supervisor).json();
        assertThat(visit.get("status").asString()).isEqualTo("reported");
        assertThat(visit.get("reportState").asString()).isEqualTo("met");
        assertThat(visit.get("signedOffBy").asString()).isEqualTo("王工");
        assertThat(visit.get("readings").get(0).get("unit").asString()).isEqualTo("°C");
        assertThat(visit.get("reportedBy").asString()).contains("kunlun-partner");
        assertThat(api.post("/api/partner/inspections/" + ourVisit + "/report", partner, report(1, "王工")).status())
            .isEqualTo(409);
    }

    @Test
    void badPlansAreRefusedFieldByFieldAndAgentsKeepNoPlans() {
        String supervisor = tokens.of("kunlun-supervisor");
        Api.Reply bad = api.post("/api/inspection-plans", supervisor, """
                {"interval": "WEEKLY", "assigneeId": "%s", "partnerId": "%s"}"""
            .formatted(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(errorFields(bad)).contains("customerId", "firstVisitOn", "interval", "partnerId", "assigneeId");
        Api.Reply foreignPartner = api.post("/api/inspection-plans", supervisor, """
                {"customerId": "%s", "firstVisitOn": "%s", "partnerId": "%s"}"""
            .formatted(customer(supervisor), LocalDate.now(BEIJING).plusDays(3), "7a1f0c3e-0000-4000-8001-000000000301"));
        assertThat(foreignPartner.status()).isEqualTo(400);
        assertThat(errorFields(foreignPartner)).containsExactly("partnerId");
        assertThat(api.post("/api/inspection-plans", tokens.of("kunlun-agent"), "{}").status()).isEqualTo(403);
    }

    @Test
    void anotherTenantNeitherSeesNorReportsAnInspection() {
        String supervisor = tokens.of("kunlun-supervisor");
        JsonNode plan = plan(supervisor, customer(supervisor), "", LocalDate.now(BEIJING).plusDays(4), "MONTHLY");
        String visit = plan.get("visits").get(0).get("id").asString();
        String other = tokens.of("huaxin-supervisor");

        assertThat(api.get("/api/inspection-plans/" + id(plan), other).status()).isEqualTo(404);
        assertThat(api.get("/api/inspections/" + visit, other).status()).isEqualTo(404);
        assertThat(api.post("/api/inspections/" + visit + "/report", other, report(0, "x")).status()).isEqualTo(404);
        assertThat(api.post("/api/inspection-plans/" + id(plan) + "/deactivate", other, "{\"version\": 0}").status())
            .isEqualTo(404);
        assertThat(ids(api.get("/api/inspections?size=100", other).json())).doesNotContain(visit);
        assertThat(api.get("/api/inspection-plans", other).body()).doesNotContain(id(plan));

        Api.Reply stale = api.post("/api/inspection-plans/" + id(plan) + "/deactivate", supervisor, "{\"version\": 5}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply deactivated = api.post("/api/inspection-plans/" + id(plan) + "/deactivate", supervisor,
                "{\"version\": 0}");
        assertThat(deactivated.json().get("plan").get("active").asBoolean()).isFalse();
        assertThat(deactivated.json().get("visits").get(0).get("status").asString()).isEqualTo("cancelled");
    }

    private JsonNode plan(String token, String customer, String extra, LocalDate first, String interval) {
        Api.Reply reply = api.post("/api/inspection-plans", token, """
                {"customerId": "%s", "firstVisitOn": "%s"%s%s}"""
            .formatted(customer, first, interval == null ? "" : ", \"interval\": \"" + interval + "\"",
                    extra.isEmpty() ? "" : ", " + extra));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private String customer(String token) {
        Api.Reply reply = api.post("/api/customers", token, """
                {"kind": "organisation", "category": "group", "name": "巡检客户",
                 "phones": [{"number": "+86139%08d"}], "addresses": [{"regionCode": "110105", "text": "朝阳区 8 号"}]}"""
            .formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static String report(int version, String signedOffBy) {
        return """
                {"version": %d, "visitedOn": "%s",
                 "checklist": [{"item": "风扇 fans", "ok": true}, {"item": "电源 power supply", "ok": false,
                                "note": "PSU2 告警 alarm"}],
                 "findings": "建议更换 PSU2", "readings": [{"name": "机房温度", "value": "24", "unit": "°C"}],
                 "signedOffBy": "%s"}""".formatted(version, LocalDate.now(BEIJING), signedOffBy);
    }

    private static String id(JsonNode plan) {
        return plan.get("plan").get("id").asString();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(v -> ids.add(v.get("id").asString()));
        return ids;
    }

    private static ServiceTerms kunlunTerms() throws Exception {
        return JsonMapper.builder().build().readValue(
                Files.readString(Path.of("..", "infra", "demo", "terms", "kunlun.json")), ServiceTerms.class);
    }
}
