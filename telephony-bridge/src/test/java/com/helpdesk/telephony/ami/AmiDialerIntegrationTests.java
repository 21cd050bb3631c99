package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.helpdesk.pbxsim.pbx.PhoneBehaviour;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.telephony.call.CallRecord.Direction;
import com.helpdesk.telephony.call.CallRecord.Disposition;
import com.helpdesk.telephony.call.Dialer;
import com.helpdesk.telephony.call.Dialer.OriginateOutcome;

/** Click-to-call through the bridge against the simulated Asterisk. */
class AmiDialerIntegrationTests {

    private static final String CUSTOMER = "+8613911112222";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private BridgeFixture fixture;
    private final RecordingCallListener listener = new RecordingCallListener();
    private Dialer dialer;

    @BeforeEach
    void connect() throws Exception {
        fixture = new BridgeFixture();
        fixture.pbx.originateTiming(Timing.fast());
        dialer = new AmiDialer(fixture.connectedNode(listener));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAnsweredOriginateCompletesPlacedAndIsLoggedAsOutbound() throws Exception {
        OriginateOutcome outcome = dialer.originate(fixture.serverName, "1001", CUSTOMER,
                Map.of("TICKET", "T-2025-0042", "HELPDESK_DID", BridgeFixture.DID)).get(10, TimeUnit.SECONDS);

        assertThat(outcome.placed()).isTrue();
        assertThat(outcome.reason()).isEqualTo("answered");
        assertThat(outcome.linkedId()).isNotBlank();
        await().atMost(DEADLINE).until(() -> fixture.pbx.pbx().liveCalls().containsKey(outcome.linkedId()));
        fixture.pbx.pbx().liveCalls().get(outcome.linkedId()).hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(outcome.linkedId()).isEmpty());
        CallRecord record = listener.endedCalls(outcome.linkedId()).getFirst();
        assertThat(record.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(record.callerId()).isEqualTo(CUSTOMER);
        assertThat(record.did()).isEqualTo(BridgeFixture.DID);
        assertThat(record.answeredBy()).isEqualTo("1001");
        assertThat(record.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(record.variables()).containsEntry("TICKET", "T-2025-0042").containsEntry("DIRECTION", "outbound");
        assertThat(record.legs()).hasSize(2);
        assertThat(listener.rings).isEmpty();
    }

    @Test
    void aBusyAgentPhoneCompletesNotPlacedWithTheReason() throws Exception {
        fixture.pbx.phone("1003", PhoneBehaviour.BUSY);

        OriginateOutcome outcome = dialer.originate(fixture.serverName, "1003", CUSTOMER, Map.of())
                .get(10, TimeUnit.SECONDS);

        assertThat(outcome.placed()).isFalse();
        assertThat(outcome.reason()).isEqualTo("busy");
        await().atMost(DEADLINE).until(() -> listener.ended.stream()
                .anyMatch(call -> call.direction() == Direction.OUTBOUND && call.disposition() == Disposition.FAILED));
    }

    @Test
    void aNodeWithoutTheConnectionPlacesTheCallThroughTheNodeThatHoldsIt() throws Exception {
        AmiBridge standby = fixture.node("standby", new RecordingCallListener());
        assertThat(fixture.link(standby).holding()).isFalse();

        OriginateOutcome outcome = new AmiDialer(standby).originate(fixture.serverName, "1002", CUSTOMER,
                Map.of("TICKET", "T-7")).get(10, TimeUnit.SECONDS);

        assertThat(outcome.placed()).isTrue();
        assertThat(fixture.pbx.loggedInClients()).isEqualTo(1);
        await().atMost(DEADLINE).until(() -> fixture.pbx.pbx().liveCalls().containsKey(outcome.linkedId()));
        fixture.pbx.pbx().liveCalls().get(outcome.linkedId()).hangup();
        await().atMost(DEADLINE).until(() -> !listener.endedCalls(outcome.linkedId()).isEmpty());
        assertThat(listener.endedCalls(outcome.linkedId()).getFirst().variables()).containsEntry("TICKET", "T-7");
    }

    @Test
    void anUnknownServerIsNotPlaced() throws Exception {
        OriginateOutcome outcome = dialer.originate("no-such-pbx", "1001", CUSTOMER, Map.of()).get(1, TimeUnit.SECONDS);

        assertThat(outcome.placed()).isFalse();
    }
}
