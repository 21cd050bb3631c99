package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.telephony.call.CallRecord.Disposition;

/** Links that drop, managers that restart, nodes that die: no call lost, none reported twice. */
class AmiFailoverIntegrationTests {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private BridgeFixture fixture;
    private final RecordingCallListener listener = new RecordingCallListener();

    @BeforeEach
    void start() throws Exception {
        fixture = new BridgeFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCallLiveAcrossADroppedConnectionEndsExactlyOnce() {
        fixture.connectedNode(listener);
        CallHandle call = answeredCall();
        int logins = fixture.pbx.logins();

        fixture.pbx.dropConnections();
        await().atMost(DEADLINE).until(() -> fixture.pbx.logins() > logins && fixture.pbx.loggedInClients() == 1);
        call.hangup();

        await().atMost(DEADLINE).until(() -> !listener.endedCalls(call.linkedId()).isEmpty());
        assertEndedOnceAfterAnotherCall(call.linkedId());
        CallRecord record = listener.endedCalls(call.linkedId()).getFirst();
        assertThat(record.answeredBy()).isEqualTo("1001");
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(record.hangupCause()).isEqualTo("Normal Clearing");
    }

    @Test
    void aCallThatEndsWhileTheManagerIsDownIsReportedOnceByTheResync() throws Exception {
        fixture.connectedNode(listener);
        CallHandle call = answeredCall();

        fixture.pbx.stopAmi();
        call.hangup();
        call.finished().join();
        fixture.pbx.startAmi();

        await().atMost(DEADLINE).until(() -> !listener.endedCalls(call.linkedId()).isEmpty());
        assertEndedOnceAfterAnotherCall(call.linkedId());
        CallRecord record = listener.endedCalls(call.linkedId()).getFirst();
        assertThat(record.answeredBy()).isEqualTo("1001");
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
    }

    @Test
    void aCallThatStartsWhileTheManagerIsDownIsFoundByTheResync() throws Exception {
        fixture.connectedNode(listener);
        fixture.pbx.stopAmi();
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).ringing("1001", "1002")
                .answeredBy("1002").timing(Timing.fast()));
        await().atMost(DEADLINE).until(() -> fixture.pbx.pbx().liveChannels() >= 2);
        int logins = fixture.pbx.logins();

        fixture.pbx.startAmi();
        await().atMost(DEADLINE).until(() -> fixture.pbx.logins() > logins);

        await().atMost(DEADLINE).until(() -> listener.answeredExtensions(call.linkedId()).contains("1002"));
        call.hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(call.linkedId()).isEmpty());
        assertEndedOnceAfterAnotherCall(call.linkedId());
        CallRecord record = listener.endedCalls(call.linkedId()).getFirst();
        assertThat(record.did()).isEqualTo(BridgeFixture.DID);
        assertThat(record.queue()).isEqualTo("kunlun");
        assertThat(record.answeredBy()).isEqualTo("1002");
    }

    @Test
    void theKeepaliveNoticesALinkThatWentSilent() {
        fixture.connectedNode(listener);
        int logins = fixture.pbx.logins();

        fixture.pbx.unresponsive(true);
        await().atMost(DEADLINE).until(() -> fixture.pbx.loggedInClients() == 0);
        fixture.pbx.unresponsive(false);

        await().atMost(DEADLINE).until(() -> fixture.pbx.logins() > logins);
        CallHandle call = answeredCall();
        call.hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(call.linkedId()).isEmpty());
    }

    @Test
    void onlyOneNodeConnectsAndAnotherTakesOverWhenItDies() {
        RecordingCallListener otherListener = new RecordingCallListener();
        AmiBridge first = fixture.node("node-a", listener);
        AmiBridge second = fixture.node("node-b", otherListener);
        await().atMost(DEADLINE).until(() -> fixture.link(first).connected() || fixture.link(second).connected());
        AmiBridge holder = fixture.link(first).connected() ? first : second;
        AmiBridge standby = holder == first ? second : first;
        RecordingCallListener standbyListener = holder == first ? otherListener : listener;
        assertThat(fixture.pbx.loggedInClients()).isEqualTo(1);
        assertThat(fixture.link(standby).holding()).isFalse();
        assertThat(fixture.redis.get("helpdesk:telephony:ami-holder:" + fixture.serverName))
                .isEqualTo(holder.nodeId());

        Instant death = Instant.now();
        holder.abandon();

        // The lease is 2 s and renewed every 2/3 s: the standby must be connected well within 5 s.
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.link(standby).connected());
        assertThat(Duration.between(death, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(fixture.pbx.loggedInClients()).isEqualTo(1);
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).timing(Timing.fast()));
        String linkedId = call.linkedId();
        await().atMost(DEADLINE).until(() -> standbyListener.answeredExtensions(linkedId).size() == 1);
        call.hangup();
        await().atMost(DEADLINE).until(() -> standbyListener.endedCalls(linkedId).size() == 1);
    }

    @Test
    void aStoppedNodeReleasesItsLeaseAtOnce() {
        RecordingCallListener otherListener = new RecordingCallListener();
        AmiBridge holder = fixture.connectedNode(listener);
        AmiBridge standby = fixture.node("node-standby", otherListener);

        holder.stop();

        await().atMost(Duration.ofSeconds(3)).until(() -> fixture.link(standby).connected());
        assertThat(fixture.pbx.loggedInClients()).isEqualTo(1);
    }

    private CallHandle answeredCall() {
        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).ringing("1001", "1002")
                .answeredBy("1001").timing(Timing.fast()));
        await().atMost(DEADLINE).until(() -> listener.answeredExtensions(call.linkedId()).contains("1001"));
        return call;
    }

    /**
     * A duplicate end could only come from the same ordered event stream, so once a later call has been
     * reported as ended, the earlier one would have been reported twice by then if ever.
     */
    private void assertEndedOnceAfterAnotherCall(String linkedId) {
        CallHandle later = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).withoutIvr().timing(Timing.fast()));
        String laterId = later.linkedId();
        later.hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(laterId).isEmpty());
        assertThat(listener.endedCalls(linkedId)).hasSize(1);
    }
}
