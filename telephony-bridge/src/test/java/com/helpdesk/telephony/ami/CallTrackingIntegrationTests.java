package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.CallLoad;
import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.telephony.call.CallRecord.Direction;
import com.helpdesk.telephony.call.CallRecord.Disposition;

/** Calls played by the simulated Asterisk over real TCP, tracked by one bridge node. */
class CallTrackingIntegrationTests {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private BridgeFixture fixture;
    private final RecordingCallListener listener = new RecordingCallListener();

    @BeforeEach
    void connect() throws Exception {
        fixture = new BridgeFixture();
        fixture.connectedNode(listener);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void reportsEveryRungAgentOneAnswerAndTheFinishedCall() {
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).from("+8613800138000", "Zhang Wei")
                .queue("kunlun").ringing("1001", "1002", "1003").answeredBy("1002").timing(Timing.fast()));
        String linkedId = call.linkedId();

        await().atMost(DEADLINE).until(() -> listener.answeredExtensions(linkedId).size() == 1);
        assertThat(listener.rungExtensions(linkedId)).containsExactlyInAnyOrder("1001", "1002", "1003");
        AgentRing ring = listener.rings.getFirst();
        assertThat(ring.server()).isEqualTo(fixture.serverName);
        assertThat(ring.did()).isEqualTo(BridgeFixture.DID);
        assertThat(ring.callerId()).isEqualTo("+8613800138000");
        assertThat(ring.queue()).isEqualTo("kunlun");
        assertThat(listener.answeredExtensions(linkedId)).containsExactly("1002");

        call.hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(linkedId).isEmpty());
        CallRecord record = listener.endedCalls(linkedId).getFirst();
        assertThat(record.direction()).isEqualTo(Direction.INBOUND);
        assertThat(record.did()).isEqualTo(BridgeFixture.DID);
        assertThat(record.callerId()).isEqualTo("+8613800138000");
        assertThat(record.callerName()).isEqualTo("Zhang Wei");
        assertThat(record.queue()).isEqualTo("kunlun");
        assertThat(record.rang()).containsExactly("1001", "1002", "1003");
        assertThat(record.answeredBy()).isEqualTo("1002");
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(record.hangupCause()).isEqualTo("Normal Clearing");
        assertThat(record.startedAt()).isBeforeOrEqualTo(record.queuedAt());
        assertThat(record.queuedAt()).isBeforeOrEqualTo(record.answeredAt());
        assertThat(record.answeredAt()).isBeforeOrEqualTo(record.endedAt());
        assertThat(record.legs()).hasSize(4).allSatisfy(leg -> assertThat(leg.endedAt()).isNotNull());
        assertThat(record.legs()).filteredOn(leg -> leg.channel().startsWith("PJSIP/1001"))
                .singleElement().satisfies(leg -> assertThat(leg.hangupCause()).isEqualTo("Answered elsewhere"));
        assertThat(record.variables()).containsEntry("QUEUE", "kunlun");
        assertThat(listener.updates).anySatisfy(update -> {
            assertThat(update.linkedId()).isEqualTo(linkedId);
            assertThat(update.disposition()).isEqualTo(Disposition.LIVE);
        });
    }

    @Test
    void aCallerHangingUpInTheQueueIsAbandoned() {
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).ringing("1001", "1002").abandoned()
                .timing(Timing.fast()));
        String linkedId = call.linkedId();
        await().atMost(DEADLINE).until(() -> listener.rungExtensions(linkedId).size() == 2);

        call.hangup();

        await().atMost(DEADLINE).until(() -> !listener.endedCalls(linkedId).isEmpty());
        CallRecord record = listener.endedCalls(linkedId).getFirst();
        assertThat(record.disposition()).isEqualTo(Disposition.ABANDONED);
        assertThat(record.answeredBy()).isEmpty();
        assertThat(record.answeredAt()).isNull();
        assertThat(record.queueWait()).isEqualTo(Duration.between(record.queuedAt(), record.endedAt()));
        assertThat(listener.answeredExtensions(linkedId)).isEmpty();
    }

    @Test
    void aBlindTransferIsRecordedAndTheTargetGetsTheCall() {
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).ringing("1001", "1002")
                .answeredBy("1001").transferredTo("1003").timing(Timing.fast()));
        String linkedId = call.linkedId();
        await().atMost(DEADLINE).until(() -> listener.answeredExtensions(linkedId).size() == 2);

        call.hangup();

        await().atMost(DEADLINE).until(() -> !listener.endedCalls(linkedId).isEmpty());
        CallRecord record = listener.endedCalls(linkedId).getFirst();
        assertThat(listener.answeredExtensions(linkedId)).containsExactly("1001", "1003");
        assertThat(listener.rungExtensions(linkedId)).containsExactly("1001", "1002", "1003");
        assertThat(record.answeredBy()).isEqualTo("1001");
        assertThat(record.transferredTo()).isEqualTo("1003");
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
    }

    @Test
    void callsToNumbersThisServerDoesNotServeAreNotReported() {
        CallHandle other = fixture.pbx.call(InboundCall.to("1002").withoutIvr().timing(Timing.fast()));
        String otherId = other.linkedId();
        other.hangup();
        CallHandle hotline = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).timing(Timing.fast()));
        String hotlineId = hotline.linkedId();
        hotline.hangup();

        // Events of one server are handled in order: once the later call is reported, the earlier would have been.
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(hotlineId).isEmpty());
        assertThat(listener.endedCalls(otherId)).isEmpty();
        assertThat(listener.rungExtensions(otherId)).isEmpty();
    }

    @Test
    void overlappingCallsAtFiftyPerSecondAreEachReportedOnce() {
        Timing quick = Timing.fast().withTalk(Duration.ofMillis(200));
        try (CallLoad load = CallLoad.start(fixture.pbx, n -> InboundCall.to(BridgeFixture.DID)
                .from("+86139" + String.format("%08d", n), "").ringing("1001", "1002", "1003")
                .answeredBy(n % 2 == 0 ? "1001" : "1003").timing(quick), 50, 40)) {

            await().atMost(Duration.ofSeconds(20)).until(() -> listener.ended.size() >= 40);
        }
        assertThat(listener.ended).hasSize(40)
                .allSatisfy(call -> assertThat(call.disposition()).isEqualTo(Disposition.ANSWERED))
                .extracting(CallRecord::linkedId).doesNotHaveDuplicates();
        assertThat(listener.ended).extracting(CallRecord::callerId).doesNotHaveDuplicates();
        assertThat(listener.rings).hasSize(120);
        assertThat(listener.answers).hasSize(40);
    }

    @Test
    void garbageOnTheSocketDoesNotStopTracking() {
        fixture.pbx.sendGarbage(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\r', '\n', '\r', '\n'});
        fixture.pbx.sendGarbage("no colon here\r\n:leading colon\r\n\r\n");
        fixture.pbx.sendGarbage("Event: Hangup\r\nChannel: PJSIP/ghost-00000001\r\nUniqueid: 1.1\r\n\r\n");
        fixture.pbx.sendGarbage("Event: Newstate\r\nChannelState: not-a-number\r\nUniqueid: x\r\n\r\n");
        fixture.pbx.sendGarbage("Response: Success\r\nActionID: 999#nobody-asked\r\n\r\n");
        fixture.pbx.sendGarbage("Event: NoSuchEventType\r\nFoo: bar\r\n\r\n");
        fixture.pbx.sendGarbage("x".repeat(100_000) + "\r\n\r\n");

        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).timing(Timing.fast()));
        String linkedId = call.linkedId();
        await().atMost(DEADLINE).until(() -> listener.answeredExtensions(linkedId).size() == 1);
        call.hangup();

        await().atMost(DEADLINE).until(() -> !listener.endedCalls(linkedId).isEmpty());
        assertThat(listener.endedCalls(linkedId).getFirst().disposition()).isEqualTo(Disposition.ANSWERED);
    }
}
