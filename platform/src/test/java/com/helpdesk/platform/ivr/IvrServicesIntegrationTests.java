package com.helpdesk.platform.ivr;

import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN;
import static com.helpdesk.platform.ivr.IvrFixtures.KUNLUN_DID;
import static com.helpdesk.platform.ivr.IvrFixtures.mobile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.helpdesk.pbxsim.agi.AgiScenario;
import com.helpdesk.pbxsim.agi.AgiTranscript;
import com.helpdesk.platform.ivr.IvrFixtures.Call;
import com.helpdesk.platform.support.Api;
import com.helpdesk.platform.support.KeycloakTokens;
import com.helpdesk.platform.tenancy.TenantTransactions;

/** Ticket status, the complaint line and unknown numbers, through the IVR against the real services. */
@IvrIntegrationTest
class IvrServicesIntegrationTests {

    @Autowired
    IvrFixtures fixtures;

    @Autowired
    IvrSessions sessions;

    @Autowired
    Api api;

    @Autowired
    KeycloakTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantTransactions transactions;

    @Test
    void tellsTheStatusOfATicketByItsNumber() throws Exception {
        Api.Reply opened = api.post("/api/tickets", tokens.of("kunlun-agent"), """
                {"channel": "web", "severity": 3, "caller": {"name": "王先生"}, "regionCode": "110105",
                 "productLine": "printer", "problem": "卡纸 paper jam"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String number = opened.json().get("ticket").get("number").asString();

        Call call = fixtures.call(KUNLUN_DID, mobile(), AgiScenario.caller()
            .press("language", "2")
            .press("main-menu", "2")
            .press("enter-ticket", number + "#"));

        AgiTranscript heard = call.transcript();
        assertThat(heard.prompts()).containsSubsequence("helpdesk/en/enter-ticket", "helpdesk/en/ticket-status",
                "helpdesk/en/status-new", "helpdesk/en/goodbye");
        assertThat(heard.argumentsOf("SAY DIGITS")).containsExactly(number);
        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        assertThat(summary.path()).contains("menu:2", "status:new");
        assertThat(summary.outcome()).isEqualTo("completed");
    }

    @Test
    void aComplaintIsFiledWithTheReplyDueThatTheTermsPromise() throws Exception {
        fixtures.moveIntoServiceHours(KUNLUN);
        String caller = mobile();

        Call call = fixtures.call(KUNLUN_DID, caller, AgiScenario.caller()
            .press("language", "1")
            .press("main-menu", "3")
            .speak(Duration.ofSeconds(30))
            .press("confirm-recording", "1"));

        AgiTranscript heard = call.transcript();
        IvrSummary summary = sessions.find(call.linkedId()).orElseThrow();
        Map<String, Object> complaint = transactions.call(KUNLUN, () -> jdbc.sql("""
                select number, status, caller_phone, recording_ref, reply_clock, reply_within_ms, reply_due_at,
                       created_at from complaints where tenant_id = :tenant and id = :id""")
            .param("tenant", KUNLUN.value())
            .param("id", summary.complaintId())
            .query()
            .singleRow());
        assertThat(heard.argumentsOf("SAY DIGITS")).containsExactly(complaint.get("number").toString());
        assertThat(complaint).containsEntry("status", "open")
            .containsEntry("caller_phone", caller)
            .containsEntry("reply_clock", "business")
            .containsEntry("reply_within_ms", 7_200_000L);
        assertThat(complaint.get("recording_ref").toString()).startsWith("asterisk-recording:")
            .endsWith("-complaint-1.wav");
        Instant filed = ((java.sql.Timestamp) complaint.get("created_at")).toInstant();
        Instant due = ((java.sql.Timestamp) complaint.get("reply_due_at")).toInstant();
        assertThat(due).isEqualTo(fixtures.serviceHours(KUNLUN).add(filed, Duration.ofHours(2)));
        assertThat(heard.argumentsOf("SAY NUMBER")).containsExactly("2");
        assertThat(heard.prompts()).containsSubsequence("helpdesk/zh/complaint-opened", "helpdesk/zh/complaint-within",
                "helpdesk/zh/unit-hours", "helpdesk/zh/business-time");
        assertThat(summary.path()).contains("menu:3", "complaint");
        assertThat(summary.ticketId()).isNull();
        // A case like any other: the supervisors' list shows it with its escalation chain.
        Api.Reply asCase = api.get("/api/complaints/" + summary.complaintId(), tokens.of("kunlun-supervisor"));
        assertThat(asCase.status()).isEqualTo(200);
        assertThat(asCase.json().get("complaint").get("channel").asString()).isEqualTo("ivr");
        assertThat(asCase.json().get("complaint").get("recorded").asBoolean()).isTrue();
        assertThat(asCase.json().get("escalations")).hasSize(2);
        assertThat(Instant.parse(asCase.json().get("escalations").get(1).get("dueAt").asString())).isEqualTo(due);
    }

    @Test
    void aNumberThatIsNobodysHotlineIsEndedPolitely() throws Exception {
        Call call = fixtures.call("+861099990000", mobile(), AgiScenario.caller());

        assertThat(call.transcript().prompts()).containsExactly("helpdesk/unknown-line");
        assertThat(call.transcript().ivrHungUp()).isTrue();
        assertThat(call.transcript().variable("HELPDESK_QUEUE")).isEmpty();
        assertThat(sessions.find(call.linkedId())).isEmpty();
    }
}
