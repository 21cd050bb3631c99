package com.helpdesk.pbxsim.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.ami.AmiFrame;

/**
 * The scripted calls raise the events Asterisk 20 documents, in the order a real Asterisk raised them
 * (see /work/shared/ASTERISK-NOTES.md: QueueCallerJoin, AgentCalled, DialBegin, DialEnd,
 * QueueCallerLeave, AgentConnect, BridgeCreate, BridgeEnter x2, AgentComplete, Hangup per channel).
 */
class CallScriptTests {

    private static final Set<String> NOISE = Set.of("Newchannel", "Newstate", "Newexten", "VarSet", "AGIExecStart",
            "AGIExecEnd", "BridgeLeave", "BridgeDestroy");

    private final List<AmiFrame> events = new CopyOnWriteArrayList<>();
    private final Pbx pbx = new Pbx(events::add);

    @Test
    void anAnsweredRingAllCallFollowsAsterisksQueueSequence() {
        CallHandle call = pbx.startInbound(InboundCall.to("+861088886666").ringing("1001", "1002").answeredBy("1002")
                .timing(Timing.fast().withTalk(Duration.ZERO)));
        call.finished().join();

        assertThat(significant()).containsExactly("QueueCallerJoin", "AgentCalled", "DialBegin", "AgentCalled",
                "DialBegin", "DialEnd", "DialEnd", "Hangup", "QueueCallerLeave", "AgentConnect", "BridgeCreate",
                "BridgeEnter", "BridgeEnter", "AgentComplete", "Hangup", "Hangup");
        assertThat(events).allSatisfy(event -> assertThat(event.get("Linkedid") == null
                || event.get("Linkedid").equals(call.linkedId())).isTrue());
        assertThat(named("DialEnd")).extracting(e -> e.get("DestChannel").substring(0, 10) + e.get("DialStatus"))
                .containsExactly("PJSIP/1002ANSWER", "PJSIP/1001CANCEL");
        assertThat(named("Hangup").getFirst().get("Cause-txt")).isEqualTo("Answered elsewhere");
        assertThat(named("AgentConnect").getFirst().get("Interface")).isEqualTo("PJSIP/1002");
        assertThat(pbx.liveChannels()).isZero();
    }

    @Test
    void aCallerWhoGivesUpRaisesQueueCallerAbandon() {
        CallHandle call = pbx.startInbound(InboundCall.to("+861088886666").ringing("1001").abandoned()
                .timing(Timing.fast().withQueueWait(Duration.ZERO)));
        call.finished().join();

        assertThat(significant()).containsExactly("QueueCallerJoin", "AgentCalled", "DialBegin",
                "QueueCallerAbandon", "DialEnd", "Hangup", "Hangup");
        assertThat(named("DialEnd").getFirst().get("DialStatus")).isEqualTo("CANCEL");
    }

    @Test
    void aBlindTransferHandsTheCallerToADirectDial() {
        CallHandle call = pbx.startInbound(InboundCall.to("+861088886666").ringing("1001").transferredTo("1003")
                .withoutIvr().timing(Timing.fast().withTalk(Duration.ZERO)));
        call.finished().join();

        assertThat(significant()).containsSubsequence("AgentConnect", "BridgeCreate", "BridgeEnter", "BridgeEnter",
                "BlindTransfer", "AgentComplete", "Hangup", "DialBegin", "DialEnd", "BridgeCreate", "BridgeEnter",
                "BridgeEnter", "Hangup", "Hangup");
        AmiFrame transfer = named("BlindTransfer").getFirst();
        assertThat(transfer.get("TransfererChannel")).startsWith("PJSIP/1001-");
        assertThat(transfer.get("TransfereeChannel")).startsWith("PJSIP/trunk-");
        assertThat(transfer.get("Extension")).isEqualTo("1003");
        assertThat(named("AgentComplete").getFirst().get("Reason")).isEqualTo("transfer");
    }

    @Test
    void unansweredRoundsRaiseAgentRingNoAnswerBeforeTheNextRound() {
        CallHandle call = pbx.startInbound(InboundCall.to("+861088886666").ringing("1001").unansweredRounds(1)
                .withoutIvr().timing(Timing.fast().withTalk(Duration.ZERO)));
        call.finished().join();

        assertThat(significant()).containsSubsequence("AgentCalled", "DialBegin", "AgentRingNoAnswer", "DialEnd",
                "Hangup", "AgentCalled", "DialBegin", "DialEnd", "AgentConnect");
    }

    @Test
    void uniqueidsAndChannelNamesLookLikeAsterisks() {
        pbx.startInbound(InboundCall.to("+861088886666").ringing("1001").timing(Timing.fast()
                .withTalk(Duration.ZERO))).finished().join();

        AmiFrame first = named("Newchannel").getFirst();
        assertThat(first.get("Uniqueid")).matches("\\d{10}\\.\\d+").isEqualTo(first.get("Linkedid"));
        assertThat(first.get("Channel")).matches("PJSIP/trunk-[0-9a-f]{8}");
        assertThat(first.get("Context")).isEqualTo("from-pstn");
        assertThat(first.get("Exten")).isEqualTo("+861088886666");
        assertThat(first.get("ConnectedLineNum")).isEqualTo("<unknown>");
    }

    private List<String> significant() {
        return events.stream().map(e -> e.get("Event")).filter(name -> !NOISE.contains(name)).toList();
    }

    private List<AmiFrame> named(String event) {
        return events.stream().filter(e -> event.equals(e.get("Event"))).toList();
    }
}
