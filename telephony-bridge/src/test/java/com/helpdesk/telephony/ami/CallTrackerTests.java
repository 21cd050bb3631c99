package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.helpdesk.telephony.ami.CallEvent.Chan;
import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.telephony.call.CallRecord.Disposition;

/** The tracker on its own, fed event records as the translator makes them; no server. */
class CallTrackerTests {

    private static final String DID = "4000";
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private final RecordingCallListener listener = new RecordingCallListener();
    private final CallTracker tracker = new CallTracker("pbx-1", Set.of(DID), listener);

    private final Chan caller = chan("PJSIP/trunk-00000001", "100.1", "100.1", 6, "13800138000", "from-pstn", DID);
    private final Chan localOne = chan("Local/1001@agents-00000001;1", "100.2", "100.1", 0, "13800138000", "agents", "1001");
    private final Chan localTwo = chan("Local/1001@agents-00000001;2", "100.3", "100.1", 4, "13800138000", "agents", "1001");
    private final Chan phone = chan("PJSIP/1001-00000002", "100.4", "100.1", 5, "1001", "agents", "1001");

    @Test
    void queueMembersBehindLocalChannelsAreRungOnceByTheirExtension() {
        tracker.accept(new CallEvent.ChannelCreated(T0, caller));
        tracker.accept(new CallEvent.QueueJoined(at(1), caller, "kunlun"));
        tracker.accept(new CallEvent.ChannelCreated(at(1), localOne));
        tracker.accept(new CallEvent.ChannelCreated(at(1), localTwo));
        tracker.accept(new CallEvent.MemberRung(at(1), caller, localOne, "kunlun", "Local/1001@agents/n"));
        tracker.accept(new CallEvent.DialStarted(at(1), caller, localOne));
        tracker.accept(new CallEvent.ChannelCreated(at(1), phone));
        tracker.accept(new CallEvent.DialStarted(at(1), localTwo, phone));

        assertThat(listener.rings).extracting(AgentRing::extension).containsExactly("1001");
        assertThat(listener.rings.getFirst().queue()).isEqualTo("kunlun");

        tracker.accept(new CallEvent.MemberConnected(at(5), caller, localOne, "kunlun", "Local/1001@agents/n"));
        hangUp(at(60), localOne, localTwo, phone, caller);

        assertThat(listener.ended).singleElement().satisfies(call -> {
            assertThat(call.answeredBy()).isEqualTo("1001");
            assertThat(call.legs()).extracting(leg -> leg.channel()).doesNotContain(localOne.channel(),
                    localTwo.channel());
            assertThat(call.queueWait()).isEqualTo(Duration.ofSeconds(4));
            assertThat(call.talkTime()).isEqualTo(Duration.ofSeconds(55));
        });
    }

    @Test
    void aListingWithoutTheCallEndsItOnceAndALateListingDoesNotBringItBack() {
        tracker.accept(new CallEvent.ChannelCreated(T0, caller));
        tracker.accept(new CallEvent.ChannelCreated(at(1), phone));
        tracker.accept(new CallEvent.DialEnded(at(2), caller, phone, "ANSWER"));

        tracker.accept(new CallEvent.ChannelListComplete(at(30), "resync-1"));
        tracker.accept(new CallEvent.ChannelListed(at(31), "resync-2", caller, "", "Queue", "kunlun", Duration.ofSeconds(31)));
        tracker.accept(new CallEvent.ChannelListComplete(at(31), "resync-2"));
        tracker.accept(new CallEvent.HungUp(at(32), caller, 16, "Normal Clearing"));

        assertThat(listener.ended).singleElement().satisfies(call -> {
            assertThat(call.endedAt()).isEqualTo(at(30));
            assertThat(call.disposition()).isEqualTo(Disposition.ANSWERED);
        });
        assertThat(tracker.liveCalls()).isZero();
    }

    @Test
    void aListingAddsACallThatStartedUnseenWithItsQueueAndRingingPhone() {
        tracker.accept(new CallEvent.ChannelListed(at(10), "resync-1", phone, "", "AppDial", "(Outgoing Line)",
                Duration.ofSeconds(2)));
        tracker.accept(new CallEvent.ChannelListed(at(10), "resync-1", caller, "", "Queue", "kunlun,t,,,600",
                Duration.ofSeconds(9)));
        tracker.accept(new CallEvent.ChannelListComplete(at(10), "resync-1"));

        assertThat(listener.rings).singleElement().satisfies(ring -> {
            assertThat(ring.extension()).isEqualTo("1001");
            assertThat(ring.did()).isEqualTo(DID);
            assertThat(ring.callerId()).isEqualTo("13800138000");
            assertThat(ring.queue()).isEqualTo("kunlun");
        });
        assertThat(listener.updates).last().satisfies(call -> assertThat(call.startedAt()).isEqualTo(at(1)));
    }

    @Test
    void aFailingListenerDoesNotStopTracking() {
        List<CallRecord> ended = new ArrayList<>();
        CallTracker fragile = new CallTracker("pbx-1", Set.of(), new CallListener() {
            @Override
            public void agentRinging(AgentRing ring) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void agentAnswered(AgentAnswer answer) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(CallRecord call) {
                ended.add(call);
            }
        });
        fragile.accept(new CallEvent.ChannelCreated(T0, caller));
        fragile.accept(new CallEvent.ChannelCreated(at(1), phone));
        fragile.accept(new CallEvent.DialStarted(at(1), caller, phone));
        fragile.accept(new CallEvent.DialEnded(at(2), caller, phone, "ANSWER"));
        hangUp(at(3), fragile, phone, caller);

        assertThat(ended).singleElement().satisfies(call -> assertThat(call.answeredBy()).isEqualTo("1001"));
    }

    @Test
    void unknownCallerIdIsEmptyNotAPhoneNumber() {
        Chan anonymous = Chan.of("PJSIP/trunk-00000009", "200.1", "200.1", 4, "<unknown>", "<unknown>", "from-pstn", DID);
        tracker.accept(new CallEvent.ChannelCreated(T0, anonymous));
        tracker.accept(new CallEvent.HungUp(at(1), anonymous, 16, "Normal Clearing"));

        assertThat(listener.ended).singleElement().satisfies(call -> {
            assertThat(call.callerId()).isEmpty();
            assertThat(call.disposition()).isEqualTo(Disposition.IVR_ONLY);
        });
    }

    private void hangUp(Instant at, Chan... channels) {
        hangUp(at, tracker, channels);
    }

    private static void hangUp(Instant at, CallTracker target, Chan... channels) {
        for (Chan channel : channels) {
            target.accept(new CallEvent.HungUp(at, channel, 16, "Normal Clearing"));
        }
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Chan chan(String channel, String uniqueId, String linkedId, int state, String callerId,
            String context, String exten) {
        return Chan.of(channel, uniqueId, linkedId, state, callerId, "", context, exten);
    }
}
