package com.helpdesk.telephony.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.agi.AgiCallSetup;
import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.pbxsim.agi.AgiScenario.Hangup;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.pbxsim.agi.FastAgiClient;

/**
 * The IVR over real FastAGI: asterisk-java's server on a free port, the PBX simulator's client
 * playing Asterisk and a scripted caller, and a scripted backend standing in for the platform.
 */
class IvrCallsTests {

    private static final String STRANGER = "+8613911112222";

    private final ScriptedBackend backend = new ScriptedBackend();
    private IvrServer server;
    private FastAgiClient pbx;

    @BeforeEach
    void start() {
        FastAgiProperties properties = new FastAgiProperties(true, "127.0.0.1", 0, 2, 20, Duration.ofSeconds(30),
                "/var/spool/asterisk/helpdesk-ivr", "helpdesk/unknown-line", "helpdesk/unavailable");
        server = new IvrServer(properties, new IvrScript(backend, properties, Clock.systemUTC()));
        server.start();
        pbx = new FastAgiClient("127.0.0.1", server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private AgiTranscript call(String callerId, AgiScenario scenario) throws Exception {
        AgiTranscript transcript = pbx.call(AgiCallSetup.call(ScriptedBackend.DID, callerId), scenario);
        assertThat(transcript.problems()).as("the scripted caller's view").isEmpty();
        return transcript;
    }

    @Test
    void reportsAFaultOnlyAfterTheDescriptionIsConfirmedAndReadsItsNumberBack() throws Exception {
        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "2")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "1")
            .press("severity-1", "2")
            .press("severity-2", "1")
            .speak(Duration.ofSeconds(12))
            .press("confirm-recording", "1")
            .silence("after-ticket"));

        assertThat(backend.faults).singleElement().satisfies(report -> {
            assertThat(report.severity()).isEqualTo(2);
            assertThat(report.productLine()).isEqualTo("laptop");
            assertThat(report.language()).isEqualTo("en");
            assertThat(report.callerId()).isEqualTo(STRANGER);
            assertThat(report.description().length()).isEqualTo(Duration.ofSeconds(12));
            assertThat(report.description().storageRef()).startsWith("asterisk-recording:/var/spool/asterisk/")
                .endsWith("-fault-1.wav");
            assertThat(report.callback()).isFalse();
        });
        assertThat(call.argumentsOf("SAY DIGITS")).containsExactly(Long.toString(ScriptedBackend.TICKET_NUMBER));
        assertThat(call.argumentsOf("SAY NUMBER")).containsExactly("2");
        assertThat(call.prompts()).containsSubsequence("helpdesk/en/ticket-opened", "helpdesk/en/promise-within",
                "helpdesk/en/unit-hours", "helpdesk/en/business-time", "helpdesk/en/goodbye");
        assertThat(call.variable("CHANNEL(language)")).contains("en");
        assertThat(call.variable("HELPDESK_IVR_PATH")).hasValueSatisfying(path -> assertThat(path)
            .startsWith("language:en/menu:1/identify:skipped/product:1/severity:2/recorded/ticket"));
        assertThat(call.variable("HELPDESK_QUEUE")).isEmpty();
        assertThat(call.ivrHungUp()).isTrue();
        assertThat(backend.sessions).singleElement().satisfies(session -> {
            assertThat(session.outcome()).isEqualTo(IvrSessionReport.COMPLETED);
            assertThat(session.path()).containsSubsequence("language:en", "menu:1", "identify:skipped", "product:1",
                    "severity:2", "recorded", "ticket");
            assertThat(session.ticketNumber()).isEqualTo(ScriptedBackend.TICKET_NUMBER);
            assertThat(session.linkedId()).matches("[0-9]+\\.[0-9]+");
        });
    }

    @Test
    void aKnownCallerChoosesADeviceAndIsQueuedWithTheTicketInChannelVariables() throws Exception {
        AgiTranscript call = call(ScriptedBackend.KNOWN_CALLER, AgiScenario.caller()
            .silence("language")
            .press("main-menu", "1")
            .press("choose-device", "1")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(5))
            .press("confirm-recording", "1")
            .press("after-ticket", "0"));

        assertThat(backend.faults).singleElement().satisfies(report -> {
            assertThat(report.customerId()).isEqualTo(ScriptedBackend.CUSTOMER);
            assertThat(report.deviceId()).isEqualTo(ScriptedBackend.LAPTOP);
            assertThat(report.severity()).isEqualTo(1);
            assertThat(report.language()).as("silence keeps the default language").isEqualTo("zh");
        });
        assertThat(call.argumentsOf("SAY DIGITS")).startsWith("0815", "4711");
        assertThat(call.variables()).containsEntry("HELPDESK_QUEUE", "kunlun")
            .containsEntry("HELPDESK_TICKET", Long.toString(ScriptedBackend.TICKET_NUMBER))
            .containsEntry("HELPDESK_CUSTOMER", ScriptedBackend.CUSTOMER.toString())
            .containsEntry("HELPDESK_LANGUAGE", "zh")
            .containsEntry("HELPDESK_IVR_PATH",
                    "caller-id:known/language:zh/menu:1/device:1/severity:1/recorded/ticket/queue");
        assertThat(call.ivrHungUp()).as("the dialplan's Queue() takes the call, not the IVR").isFalse();
        assertThat(call.exchanges()).noneMatch(e -> e.command().verb().equals("EXEC"));
        assertThat(backend.sessions).singleElement()
            .satisfies(session -> assertThat(session.outcome()).isEqualTo(IvrSessionReport.QUEUED));
    }

    @Test
    void identifiesACallerByAKeyedNumber() throws Exception {
        call("", AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "1")
            .press("enter-phone", "13800138000#")
            .press("choose-device", "2")
            .press("severity-1", "2")
            .press("severity-2", "2")
            .speak(Duration.ofSeconds(3))
            .press("confirm-recording", "1")
            .silence("after-ticket"));

        assertThat(backend.numbersLookedUp).containsExactly("13800138000");
        assertThat(backend.faults).singleElement().satisfies(report -> {
            assertThat(report.customerId()).isEqualTo(ScriptedBackend.CUSTOMER);
            assertThat(report.keyedNumber()).isEqualTo(ScriptedBackend.KNOWN_CALLER);
            assertThat(report.callerId()).as("a withheld number is no number").isNull();
            assertThat(report.severity()).isEqualTo(3);
        });
        assertThat(backend.sessions.getFirst().keyedNumber()).isEqualTo(ScriptedBackend.KNOWN_CALLER);
    }

    @Test
    void identifiesACallerByTheDigitsOfASerialAndTakesThatDevice() throws Exception {
        call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "2")
            .press("enter-serial", "99999999#")
            .press("identify", "2")
            .press("enter-serial", "20240815#")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(3))
            .press("confirm-recording", "1")
            .silence("after-ticket"));

        assertThat(backend.faults).singleElement().satisfies(report -> {
            assertThat(report.customerId()).isEqualTo(ScriptedBackend.CUSTOMER);
            assertThat(report.deviceId()).isEqualTo(ScriptedBackend.LAPTOP);
        });
        assertThat(backend.sessions.getFirst().path()).containsSubsequence("identify:not-found", "identify:serial",
                "device:serial");
    }

    @Test
    void aCallerHangingUpWhileRecordingLeavesNoTicket() throws Exception {
        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "2")
            .press("severity-1", "2")
            .press("severity-2", "2")
            .hangUpWhileRecording());

        assertThat(call.callerHungUp()).isTrue();
        assertThat(backend.faults).isEmpty();
        assertThat(backend.sessions).singleElement().satisfies(session -> {
            assertThat(session.outcome()).isEqualTo(IvrSessionReport.HUNG_UP);
            assertThat(session.ticketId()).isNull();
            assertThat(session.path()).last().isEqualTo("hung-up");
        });
    }

    @Test
    void aCallerWhoseChannelIsDeadBeforeConfirmingLeavesNoTicket() throws Exception {
        call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "1")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(8))
            .hangUpAt("confirm-recording", Hangup.DEAD_CHANNEL));

        assertThat(backend.faults).isEmpty();
        assertThat(backend.sessions.getFirst().outcome()).isEqualTo(IvrSessionReport.HUNG_UP);
    }

    @Test
    void wrongKeysAndSilenceAreAskedAgainThenTheCallGoesToAnAgent() throws Exception {
        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "7")
            .silence("main-menu")
            .press("main-menu", "*"));

        assertThat(call.prompts()).containsSubsequence("helpdesk/zh/main-menu", "helpdesk/zh/invalid",
                "helpdesk/zh/main-menu", "helpdesk/zh/timeout", "helpdesk/zh/main-menu", "helpdesk/zh/transfer");
        assertThat(call.variables()).containsEntry("HELPDESK_QUEUE", "kunlun");
        assertThat(backend.sessions.getFirst().path()).containsSubsequence("invalid:main-menu", "timeout:main-menu",
                "invalid:main-menu", "retries-exhausted", "queue");
    }

    @Test
    void outsideServiceHoursSpentRetriesEndTheCallPolitely() throws Exception {
        backend.inServiceHours = false;

        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .silence("main-menu")
            .silence("main-menu")
            .silence("main-menu"));

        assertThat(call.heard("closed")).isTrue();
        assertThat(call.prompts()).last().isEqualTo("helpdesk/zh/goodbye");
        assertThat(call.ivrHungUp()).isTrue();
        assertThat(call.variable("HELPDESK_QUEUE")).isEmpty();
        assertThat(backend.sessions.getFirst().outcome()).isEqualTo(IvrSessionReport.ENDED);
    }

    @Test
    void outsideServiceHoursAskingForAnAgentTakesTheReportAndPromisesACallback() throws Exception {
        backend.inServiceHours = false;

        AgiTranscript call = call(ScriptedBackend.KNOWN_CALLER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "0")
            .press("choose-device", "1")
            .press("severity-1", "2")
            .press("severity-2", "2")
            .speak(Duration.ofSeconds(4))
            .press("confirm-recording", "1"));

        assertThat(backend.faults).singleElement().satisfies(report -> assertThat(report.callback()).isTrue());
        assertThat(call.prompts()).containsSubsequence("helpdesk/zh/callback-intro", "helpdesk/zh/ticket-opened",
                "helpdesk/zh/promise-after-opening", "helpdesk/zh/promise-within", "helpdesk/zh/promise-by");
        assertThat(call.argumentsOf("SAY DATETIME")).containsExactly(Long.toString(
                java.time.Instant.parse("2026-11-24T02:30:00Z").getEpochSecond()));
        assertThat(call.variable("HELPDESK_QUEUE")).isEmpty();
        assertThat(backend.sessions.getFirst().outcome()).isEqualTo(IvrSessionReport.CALLBACK_PROMISED);
    }

    @Test
    void tellsTheStatusOfATicketByItsNumber() throws Exception {
        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "2")
            .press("main-menu", "2")
            .press("enter-ticket", "999#")
            .press("enter-ticket", "123456#")
            .press("enter-ticket", "100042#"));

        assertThat(call.prompts()).containsSubsequence("helpdesk/en/invalid", "helpdesk/en/ticket-unknown",
                "helpdesk/en/ticket-status", "helpdesk/en/status-on-site", "helpdesk/en/goodbye");
        assertThat(call.argumentsOf("SAY DIGITS")).containsExactly("100042");
        assertThat(backend.sessions.getFirst().path()).containsSubsequence("status:unknown", "status:on-site");
    }

    @Test
    void filesAComplaintWithItsReplyPromise() throws Exception {
        AgiTranscript call = call(ScriptedBackend.KNOWN_CALLER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "3")
            .speak(Duration.ofSeconds(20))
            .press("confirm-recording", "2")
            .speak(Duration.ofSeconds(15))
            .press("confirm-recording", "1"));

        assertThat(backend.complaints).singleElement().satisfies(complaint -> {
            assertThat(complaint.customerId()).isEqualTo(ScriptedBackend.CUSTOMER);
            assertThat(complaint.statement().length()).as("the second recording").isEqualTo(Duration.ofSeconds(15));
        });
        assertThat(call.argumentsOf("SAY DIGITS")).containsExactly("500001");
        assertThat(call.prompts()).containsSubsequence("helpdesk/zh/complaint-opened", "helpdesk/zh/complaint-within",
                "helpdesk/zh/unit-minutes", "helpdesk/zh/promise-end");
        assertThat(backend.faults).isEmpty();
    }

    @Test
    void aDidNobodyOwnsIsEndedPolitelyWithoutASession() throws Exception {
        AgiTranscript call = pbx.call(AgiCallSetup.call("+861000000000", STRANGER), AgiScenario.caller());

        assertThat(call.problems()).isEmpty();
        assertThat(call.prompts()).containsExactly("helpdesk/unknown-line");
        assertThat(call.ivrHungUp()).isTrue();
        assertThat(backend.sessions).isEmpty();
    }

    @Test
    void callerIdThatIsNoNumberIsNeverLookedUp() throws Exception {
        call("<script>alert(1)</script>", AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "0"));
        call("1".repeat(40), AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "0"));

        assertThat(backend.numbersLookedUp).isEmpty();
        assertThat(backend.sessions).allSatisfy(session -> assertThat(session.customerId()).isNull());
    }

    @Test
    void aFailingHelpDeskApologisesAndSendsTheCallerToAnAgent() throws Exception {
        backend.failReports = true;

        AgiTranscript call = call(STRANGER, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "1")
            .press("identify", "0")
            .press("choose-product-line", "1")
            .press("severity-1", "1")
            .speak(Duration.ofSeconds(3))
            .press("confirm-recording", "1"));

        assertThat(call.prompts()).containsSubsequence("helpdesk/zh/error", "helpdesk/zh/transfer");
        assertThat(call.variables()).containsEntry("HELPDESK_QUEUE", "kunlun");
        assertThat(backend.sessions.getFirst().path()).contains("error");
    }
}
