package com.helpdesk.telephony.ami;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord;

/** Keeps everything the bridge reports, for assertions from the test thread. */
final class RecordingCallListener implements CallListener {

    final List<AgentRing> rings = new CopyOnWriteArrayList<>();
    final List<AgentAnswer> answers = new CopyOnWriteArrayList<>();
    final List<CallRecord> updates = new CopyOnWriteArrayList<>();
    final List<CallRecord> ended = new CopyOnWriteArrayList<>();

    @Override
    public void agentRinging(AgentRing ring) {
        rings.add(ring);
    }

    @Override
    public void agentAnswered(AgentAnswer answer) {
        answers.add(answer);
    }

    @Override
    public void callUpdated(CallRecord call) {
        updates.add(call);
    }

    @Override
    public void callEnded(CallRecord call) {
        ended.add(call);
    }

    List<String> rungExtensions(String linkedId) {
        return rings.stream().filter(r -> r.linkedId().equals(linkedId)).map(AgentRing::extension).toList();
    }

    List<String> answeredExtensions(String linkedId) {
        return answers.stream().filter(a -> a.linkedId().equals(linkedId)).map(AgentAnswer::extension).toList();
    }

    List<CallRecord> endedCalls(String linkedId) {
        return ended.stream().filter(c -> c.linkedId().equals(linkedId)).toList();
    }
}
