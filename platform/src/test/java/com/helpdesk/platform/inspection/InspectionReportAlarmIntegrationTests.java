package com.helpdesk.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.support.PlatformIntegrationTest;

/**
 * The report clock's breach fired by the shared durable scheduler, and the generator rolling a
 * plan forward once the horizon moves. Time moves through a {@link ForwardClock}.
 */
@PlatformIntegrationTest
@Import(ForwardClock.Configuration.class)
@DirtiesContext
class InspectionReportAlarmIntegrationTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    ForwardClock clock;

    @Autowired
    InspectionGenerator generator;

    @Test
    void anUnreportedVisitBreachesAtItsDueTimeAndTheNextVisitIsGeneratedAsTheHorizonMoves() {
        String supervisor = tokens.of("huaxin-supervisor");
        Api.Reply customer = api.post("/api/customers", supervisor, """
                {"kind": "organisation", "category": "group", "name": "巡检客户",
                 "phones": [{"number": "+86139%08d"}], "addresses": [{"regionCode": "320102", "text": "玄武区 1 号"}]}"""
            .formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
        LocalDate first = LocalDate.now(BEIJING).plusDays(1);
        Api.Reply created = api.post("/api/inspection-plans", supervisor, """
                {"customerId": "%s", "firstVisitOn": "%s", "interval": "MONTHLY"}"""
            .formatted(customer.json().get("id").asString(), first));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String plan = created.json().get("plan").get("id").asString();
        JsonNode visit = created.json().get("visits").get(0);

        clock.passTo(Instant.parse(visit.get("reportDueAt").asString()));
        String id = visit.get("id").asString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> api.get("/api/inspections/" + id, supervisor).json().get("reportBreachedAt"),
                at -> at != null && !at.isNull());
        assertThat(api.get("/api/inspections/" + id, supervisor).json().get("reportState").asString())
            .isEqualTo("breached");

        clock.passTo(LocalDate.now(BEIJING).plusDays(35).atStartOfDay(BEIJING).toInstant());
        generator.run();
        JsonNode visits = api.get("/api/inspections?plan=" + plan, supervisor).json();
        assertThat(visits).hasSizeGreaterThanOrEqualTo(2);
        assertThat(visits.get(1).get("scheduledOn").asString()).isEqualTo(first.plusMonths(1).toString());
    }
}
