package com.helpdesk.platform.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.agi.AgiCallSetup;
import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.pbxsim.agi.FastAgiClient;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.ForwardClock;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.telephony.ivr.IvrServer;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.calendar.BusinessTimeCalculator;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/**
 * What the IVR tests share: the demo tenants' hotlines, calls through the PBX simulator's FastAGI
 * client, customers with devices, and moving the clock into or out of a tenant's service hours.
 */
class IvrFixtures {

    static final String KUNLUN_DID = "+861088886666";
    static final String SUNHOME_DID = "+8653188887777";
    static final String HUAXIN_DID = "+8657188889999";
    static final TenantId KUNLUN = TenantId.of("7a1f0c3e-0000-4000-8000-000000000001");
    static final TenantId SUNHOME = TenantId.of("7a1f0c3e-0000-4000-8000-000000000002");
    static final TenantId HUAXIN = TenantId.of("7a1f0c3e-0000-4000-8000-000000000003");

    private final IvrServer server;
    private final ForwardClock clock;
    private final TermsCatalog catalog;
    private final Api api;
    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    IvrFixtures(IvrServer server, ForwardClock clock, TermsCatalog catalog, Api api, JdbcClient jdbc,
            TenantTransactions transactions) {
        this.server = server;
        this.clock = clock;
        this.catalog = catalog;
        this.api = api;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** One call played to its end; the scripted caller must have met exactly what it expected. */
    Call call(String did, String callerId, AgiScenario scenario) throws IOException {
        AgiCallSetup setup = AgiCallSetup.call(did, callerId);
        AgiTranscript transcript = new FastAgiClient("127.0.0.1", server.port()).call(setup, scenario);
        assertThat(transcript.problems()).as("the scripted caller's view of " + transcript.prompts()).isEmpty();
        return new Call(setup, transcript);
    }

    record Call(AgiCallSetup setup, AgiTranscript transcript) {

        String linkedId() {
            return setup.linkedId();
        }
    }

    BusinessTimeCalculator serviceHours(TenantId tenant) {
        return BusinessTimeCalculator.of(catalog.current(tenant).orElseThrow().calendar());
    }

    /** Moves "now" a minute into the tenant's next opening after a closed stretch: hours of service ahead. */
    Instant moveIntoServiceHours(TenantId tenant) {
        BusinessTimeCalculator hours = serviceHours(tenant);
        Instant at = hours.nextOpening(nextClosing(hours, clock.instant())).plus(Duration.ofMinutes(1));
        clock.moveTo(at);
        assertThat(hours.isOpen(clock.instant().plus(Duration.ofMinutes(30)))).isTrue();
        return at;
    }

    /** Moves "now" a minute past the tenant's next closing: hours without service ahead. */
    Instant moveOutOfServiceHours(TenantId tenant) {
        BusinessTimeCalculator hours = serviceHours(tenant);
        Instant at = nextClosing(hours, clock.instant()).plus(Duration.ofMinutes(1));
        clock.moveTo(at);
        assertThat(hours.isOpen(clock.instant())).isFalse();
        assertThat(hours.isOpen(clock.instant().plus(Duration.ofMinutes(30)))).isFalse();
        return at;
    }

    /** The first closed minute after the next open stretch. */
    private static Instant nextClosing(BusinessTimeCalculator hours, Instant from) {
        Instant at = hours.nextOpening(from);
        for (int minutes = 0; minutes < 14 * 24 * 60 && hours.isOpen(at); minutes++) {
            at = at.plus(Duration.ofMinutes(1));
        }
        assertThat(hours.isOpen(at)).as("the calendar closes within two weeks").isFalse();
        return at;
    }

    /** A Chinese mobile number, E.164, unique enough across runs of the kept test database. */
    static String mobile() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The number as a caller in China keys it or the trunk sends it: without +86. */
    static String national(String e164) {
        return e164.substring(3);
    }

    /** A serial with letters and signs around ten digits, which is what a caller keys. */
    static String serial() {
        return "SN-" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L)) + "-X";
    }

    static String digitsOf(String serial) {
        return serial.replaceAll("[^0-9]", "");
    }

    /** A kunlun customer in Beijing with one number and one device; answers the customer's and device's ids. */
    String[] customerWithDevice(String token, String e164, String productLine, String serial) {
        Api.Reply customer = api.post("/api/customers", token, """
                {"kind": "person", "category": "general", "name": "来电测试", "phones": [{"number": "%s", "label": "mobile"}],
                 "addresses": [{"regionCode": "110105", "text": "朝阳区 1 号"}]}""".formatted(e164));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        String id = customer.json().get("id").asString();
        Api.Reply device = api.post("/api/customers/" + id + "/devices", token, """
                {"productLine": "%s", "model": "K14", "serialNumber": "%s", "purchaseDate": "2025-06-01"}"""
            .formatted(productLine, serial));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        return new String[] { id, device.json().get("id").asString() };
    }

    /** Tickets of the tenant with this caller number: the IVR's half-made tickets would show here. */
    long ticketsCalledFrom(TenantId tenant, String e164) {
        return transactions.call(tenant, () -> jdbc.sql("select count(*) from tickets where caller_phone = :phone")
            .param("phone", e164)
            .query(Long.class)
            .single());
    }

    JsonNode ticketByNumber(String number, String token) {
        Api.Reply reply = api.get("/api/tickets/by-number/" + number, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
