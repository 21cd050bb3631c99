package com.helpdesk.platform.ivr;

import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN;
import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.digitsOf;
import static com.helpdesk.platform.ivr.IvrFixtures.mobile;
import static com.helpdesk.platform.ivr.IvrFixtures.national;
import static com.helpdesk.platform.ivr.IvrFixtures.serial;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.JedisPooled;
import tools.jackson.databind.JsonNode;

import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.pbxsim.agi.AgiScenario.Hangup;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.platform.ivr.IvrFixtures.Call;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.tenantadmin.calendar.BusinessTimeCalculator;
import com.helpdesk.tenantadmin.terms.TermsCatalog;

/** Reporting a fault through the IVR on a demo vendor's hotline, against the real services. */
@IvrIntegrationTest
class IvrFaultReportIntegrationTests {

    @Autowired
    IvrFixtures fixtures;

    @Autowired
    IvrSessions sessions;

    @Autowired
    TermsCatalog catalog;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    JedisPooled redis;

    @Test
    void aFaultReportOpensATicketWithTheChosenSeverityAndTermsAndReadsItBack() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);
        String caller = mobile();

        Call call = fixtures.call(KUNLUN_DID, caller, AgiScenario.caller()
            .press("language", "2")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "1")
            .press("severity-1", "2")
            .press("severity-2", "1")
            .speak(Duration.ofSeconds(42))
            .press("confirm-recording", "1")
            .press("after-ticket", "0"));

        AgiTranscript heard = call.transcript();
        String number = heard.argumentsOf("SAY DIGITS").getFirst();
        JsonNode detail = fixtures.ticketByNumber(number, tokens.of("kunlun-agent"));
        JsonNode ticket = detail.get("ticket");
        assertThat(ticket.get("channel").asString()).isEqualTo("ivr");
        assertThat(ticket.get("status").asString()).isEqualTo("new");
        assertThat(ticket.get("severity").asInt()).isEqualTo(2);
        assertThat(ticket.get("productLine").asString()).isEqualTo("laptop");
        assertThat(ticket.get("callerPhone").asString()).isEqualTo(caller);
        assertThat(ticket.get("termsVersion").asInt()).isEqualTo(catalog.current(KUNLUN).orElseThrow().version());
        Instant reported = Instant.parse(ticket.get("reportedAt").asString());
        BusinessTimeCalculator hours = fixtures.serviceHours(KUNLUN);
        JsonNode firstResponse = clock(detail, "first-response");
        assertThat(firstResponse.get("clock").asString()).isEqualTo("business");
        assertThat(Instant.parse(firstResponse.get("dueAt").asString()))
            .isEqualTo(hours.add(reported, Duration.ofHours(2)));
        JsonNode recording = detail.get("attachments").get(0);
        assertThat(recording.get("storageRef").asString()).startsWith("asterisk-recording:").endsWith("-fault-1.wav");
        assertThat(recording.get("contentType").asString()).isEqualTo("audio/wav");
        assertThat(recording.get("sizeBytes").asLong()).isEqualTo(44 + 42_000 * 16);
        assertThat(detail.get("notes").get(0).get("body").asString())
            .isEqualTo("IVR: we will call you back within 2 business hours");

        assertThat(heard.argumentsOf("SAY NUMBER")).containsExactly("2");
        assertThat(heard.prompts()).containsSubsequence("helpdesk/en/ticket-opened", "helpdesk/en/promise-within",
                "helpdesk/en/unit-hours", "helpdesk/en/business-time", "helpdesk/en/transfer");
        assertThat(heard.variables()).containsEntry("HELPDESK_QUEUE", "kunlun")
            .containsEntry("HELPDESK_TICKET", number)
            .containsEntry("HELPDESK_LANGUAGE", "en")
            .doesNotContainKey("HELPDESK_CUSTOMER");
        assertThat(heard.ivrHungUp()).isFalse();

        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(redis.ttl("helpdesk:ivr-session:" + call.linkedId())).as("kept for a day, then gone")
            .isBetween(Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds());
        assertThat(summary.tenant()).isEqualTo(KUNLUN);
        assertThat(summary.ticketNumber()).isEqualTo(Long.parseLong(number));
        assertThat(summary.ticketId().toString()).isEqualTo(ticket.get("id").asString());
        assertThat(summary.outcome()).isEqualTo("queued");
        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.path()).containsSubsequence("language:en", "menu:1", "product:1", "severity:2",
                "recorded", "ticket", "queue");
    }

    @Test
    void aKnownCallerIsRecognisedByCallerIdAndReportsOnTheirDevice() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);
        String caller = mobile();
        String serial = serial();
        String[] ids = fixtures.customerWithDevice(tokens.of("kunlun-agent"), caller, "laptop", serial);

        Call call = fixtures.call(KUNLUN_DID, national(caller), AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("choose-device", "1")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(9))
            .press("confirm-recording", "1")
            .silence("after-ticket"));

        assertThat(call.transcript().argumentsOf("SAY DIGITS").getFirst())
            .isEqualTo(digitsOf(serial).substring(digitsOf(serial).length() - 4));
        String number = call.transcript().argumentsOf("SAY DIGITS").getLast();
        JsonNode detail = fixtures.ticketByNumber(number, tokens.of("kunlun-agent"));
        JsonNode ticket = detail.get("ticket");
        assertThat(ticket.get("customerId").asString()).isEqualTo(ids[0]);
        assertThat(ticket.get("deviceId").asString()).isEqualTo(ids[1]);
        assertThat(ticket.get("serialNumber").asString()).isEqualTo(serial);
        assertThat(ticket.get("severity").asInt()).isEqualTo(1);
        assertThat(detail.get("notes").get(0).get("body").asString()).isEqualTo("IVR: 我们将在1小时内（服务时间）回复您");
        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(summary.customerId().toString()).isEqualTo(ids[0]);
        assertThat(summary.outcome()).isEqualTo("completed");
        assertThat(summary.path()).contains("caller-id:known", "device:1");
    }

    @Test
    void aCallerIsIdentifiedByAKeyedNumberOrByTheDigitsOfASerial() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);
        String number = mobile();
        String serial = serial();
        String[] ids = fixtures.customerWithDevice(tokens.of("kunlun-agent"), number, "desktop", serial);

        Call byNumber = fixtures.call(KUNLUN_DID, "", AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "1")
            .press("enter-phone", national(number) + "#")
            .hangUpAt("choose-device"));
        Call bySerial = fixtures.call(KUNLUN_DID, mobile(), AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "2")
            .press("enter-serial", digitsOf(serial) + "#")
            .hangUpAt("severity-1"));

        IvrSummary first = sessions.find(byNumber.linkedId()).orElseThrow();
        assertThat(first.customerId().toString()).isEqualTo(ids[0]);
        assertThat(first.keyedNumber()).isEqualTo(number);
        assertThat(first.outcome()).isEqualTo("hung-up");
        IvrSummary second = sessions.find(bySerial.linkedId()).orElseThrow();
        assertThat(second.customerId().toString()).isEqualTo(ids[0]);
        assertThat(second.keyedSerial()).isEqualTo(digitsOf(serial));
        assertThat(second.path()).contains("identify:serial", "device:serial");
        assertThat(api.get("/api/tickets?customer=" + ids[0], tokens.of("kunlun-agent")).json().get("total").asLong())
            .as("neither call got as far as a ticket").isZero();
    }

    @Test
    void aCallerHangingUpMidMenuLeavesNoTicketBehind() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);
        String caller = mobile();

        Call whileRecording = fixtures.call(KUNLUN_DID, caller, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "4")
            .press("severity-1", "1")
            .hangUpWhileRecording());
        Call beforeConfirming = fixtures.call(KUNLUN_DID, caller, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "4")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(20))
            .hangUpAt("confirm-recording", Hangup.DEAD_CHANNEL));

        assertThat(whileRecording.transcript().callerHungUp()).isTrue();
        assertThat(fixtures.ticketsCalledFrom(KUNLUN, caller)).isZero();
        assertThat(sessions.find(whileRecording.linkedId()).orElseThrow().outcome()).isEqualTo("hung-up");
        IvrSummary last = sessions.find(beforeConfirming.linkedId()).orElseThrow();
        assertThat(last.outcome()).isEqualTo("hung-up");
        assertThat(last.ticketId()).isNull();
        assertThat(last.path()).containsSubsequence("recorded", "hung-up");
    }

    @Test
    void wrongKeysAndSilenceAreAskedAgainAFewTimesThenAnAgentTakesOver() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);

        Call call = fixtures.call(KUNLUN_DID, mobile(), AgiScenario.caller()
            .press("language", "9")
            .press("language", "2")
            .press("main-menu", "5")
            .silence("main-menu")
            .press("main-menu", "*"));

        AgiTranscript heard = call.transcript();
        assertThat(heard.prompts()).containsSubsequence("helpdesk/zh/language", "helpdesk/zh/invalid",
                "helpdesk/zh/language", "helpdesk/en/main-menu", "helpdesk/en/invalid", "helpdesk/en/main-menu",
                "helpdesk/en/timeout", "helpdesk/en/main-menu", "helpdesk/en/transfer");
        assertThat(heard.variables()).containsEntry("HELPDESK_QUEUE", "kunlun");
        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(summary.outcome()).isEqualTo("queued");
        assertThat(summary.path()).containsSubsequence("invalid:language", "invalid:main-menu", "timeout:main-menu",
                "invalid:main-menu", "retries-exhausted", "queue");
    }

    @Test
    void outsideServiceHoursTheReportIsTakenAndACallbackPromisedFromTheOpening() throws Exception {
        Instant closed = fixtures.moveOutOfServiceHours(KUNLUN);
        String caller = mobile();

        Call call = fixtures.call(KUNLUN_DID, caller, AgiScenario.caller()
            .press("language", "2")
            .press("main-menu", "0")
            .press("identify", "0")
            .press("choose-product-line", "2")
            .press("severity-1", "2")
            .press("severity-2", "2")
            .speak(Duration.ofSeconds(15))
            .press("confirm-recording", "1"));

        AgiTranscript heard = call.transcript();
        assertThat(heard.prompts()).containsSubsequence("helpdesk/en/closed", "helpdesk/en/callback-intro",
                "helpdesk/en/ticket-opened", "helpdesk/en/promise-after-opening", "helpdesk/en/promise-within",
                "helpdesk/en/promise-by", "helpdesk/en/goodbye");
        assertThat(heard.variable("HELPDESK_QUEUE")).as("nobody is on duty to queue for").isEmpty();
        JsonNode detail = fixtures.ticketByNumber(heard.argumentsOf("SAY DIGITS").getFirst(), tokens.of("kunlun-agent"));
        assertThat(detail.get("ticket").get("severity").asInt()).isEqualTo(3);
        BusinessTimeCalculator hours = fixtures.serviceHours(KUNLUN);
        Instant due = Instant.parse(clock(detail, "first-response").get("dueAt").asString());
        assertThat(due).isEqualTo(hours.nextOpening(closed).plus(Duration.ofHours(2)));
        assertThat(heard.argumentsOf("SAY DATETIME")).containsExactly(Long.toString(due.getEpochSecond()));
        assertThat(detail.get("notes").get(0).get("body").asString())
            .startsWith("IVR: we will call you back within 2 business hours once our service hours begin, by ");
        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(summary.outcome()).isEqualTo("callback-promised");
        assertThat(summary.path()).containsSubsequence("closed", "menu:0", "callback", "ticket");
    }

    private static JsonNode clock(JsonNode detail, String kind) {
        return StreamSupport.stream(detail.get("clocks").spliterator(), false)
            .filter(c -> c.get("kind").asString().equals(kind))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + detail.get("clocks")));
    }
}
