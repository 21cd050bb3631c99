package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.CoreShowChannelsCompleteEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.VarSetEvent;

import com.helpdesk.telephony.ami.CallEvent.Chan;

/**
 * The pure step from asterisk-java's events to {@link CallEvent} records. Runs on asterisk-java's
 * event pump, so it only copies fields. Noise (and asterisk-java's synthetic legacy events such as
 * {@code DialEvent} or {@code BridgeEvent}) maps to empty.
 */
final class EventTranslator {

    private EventTranslator() {
    }

    static Optional<CallEvent> translate(ManagerEvent event) {
        Instant at = receivedAt(event);
        CallEvent result = switch (event) {
            case NewChannelEvent e -> new CallEvent.ChannelCreated(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedid()));
            case NewStateEvent e -> new CallEvent.ChannelStateChanged(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()));
            case NewExtenEvent e -> new CallEvent.DialplanStep(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getApplication()), Chan.text(e.getAppData()));
            case VarSetEvent e -> new CallEvent.VariableSet(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getVariable()), Chan.text(e.getValue()));
            case DialBeginEvent e -> new CallEvent.DialStarted(at, caller(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), dest(e));
            case DialEndEvent e -> new CallEvent.DialEnded(at, caller(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), dest(e), Chan.text(e.getDialStatus()));
            case QueueCallerJoinEvent e -> new CallEvent.QueueJoined(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getQueue()));
            case QueueCallerLeaveEvent e -> new CallEvent.QueueLeft(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getQueue()), false);
            case QueueCallerAbandonEvent e -> new CallEvent.QueueLeft(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getQueue()), true);
            case AgentCalledEvent e -> new CallEvent.MemberRung(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), member(e), Chan.text(e.getQueue()), Chan.text(e.getInterface()));
            case AgentConnectEvent e -> new CallEvent.MemberConnected(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), member(e), Chan.text(e.getQueue()), Chan.text(e.getInterface()));
            case BridgeEnterEvent e -> new CallEvent.Bridged(at, chan(e, e.getChannel(), e.getUniqueId(),
                    e.getLinkedId()), Chan.text(e.getBridgeUniqueId()));
            case BlindTransferEvent e -> blindTransfer(at, e);
            case HangupEvent e -> new CallEvent.HungUp(at, chan(e, e.getChannel(), e.getUniqueId(), e.getLinkedId()),
                    e.getCause() == null ? 0 : e.getCause(), Chan.text(e.getCauseTxt()));
            case CoreShowChannelEvent e -> listed(at, e);
            case CoreShowChannelsCompleteEvent e -> new CallEvent.ChannelListComplete(at, Chan.text(e.getActionId()));
            case OriginateResponseEvent e -> new CallEvent.OriginateFinished(at, Chan.text(e.getActionId()),
                    "Success".equalsIgnoreCase(e.getResponse()), OriginateReasons.describe(e.getReason()),
                    Chan.text(e.getUniqueId()));
            default -> null;
        };
        return Optional.ofNullable(result);
    }

    /** The channel fields every channel event inherits from {@link ManagerEvent}. */
    private static Chan chan(ManagerEvent e, String channel, String uniqueId, String linkedId) {
        return Chan.of(channel, uniqueId, linkedId, e.getChannelState(), e.getCallerIdNum(), e.getCallerIdName(),
                e.getContext(), e.getExten());
    }

    /** DialBegin without a calling channel (an Originate dialling out) has no Channel line. */
    private static Chan caller(ManagerEvent e, String channel, String uniqueId, String linkedId) {
        return channel == null || channel.isBlank() ? null : chan(e, channel, uniqueId, linkedId);
    }

    private static Chan dest(DialBeginEvent e) {
        return Chan.of(e.getDestChannel(), e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannelState(),
                e.getDestCallerIdNum(), e.getDestCallerIdName(), e.getDestContext(), e.getDestExten());
    }

    private static Chan dest(DialEndEvent e) {
        return Chan.of(e.getDestChannel(), e.getDestUniqueId(), e.getDestLinkedId(), e.getDestChannelState(),
                e.getDestCallerIdNum(), e.getDestCallerIdName(), e.getDestContext(), e.getDestExten());
    }

    private static Chan member(AgentCalledEvent e) {
        return Chan.of(e.getDestChannel(), e.getDestUniqueId(), e.getDestLinkedId(), number(e.getDestChannelState()),
                e.getDestCallerIdNum(), e.getDestCallerIdName(), e.getDestContext(), e.getDestExten());
    }

    private static Chan member(AgentConnectEvent e) {
        return Chan.of(e.getDestChannel(), e.getDestUniqueId(), e.getDestLinkedId(), number(e.getDestChannelState()),
                e.getDestCallerIdNum(), e.getDestCallerIdName(), e.getDestContext(), e.getDestExten());
    }

    private static CallEvent blindTransfer(Instant at, BlindTransferEvent e) {
        Chan transferer = Chan.of(e.getTransfererChannel(), e.getTransfererUniqueId(), e.getTransfererLinkedId(),
                number(e.getTransfererChannelState()), e.getTransfererCallerIdNum(), e.getTransfererCallerIdName(),
                e.getTransfererContext(), e.getTransfererExten());
        Chan transferee = Chan.of(e.getTransfereeChannel(), e.getTransfereeUniqueId(), e.getTransfereeLinkedId(),
                number(e.getTransfereeChannelState()), e.getTransfereeCallerIdNum(), e.getTransfereeCallerIdName(),
                e.getTransfereeContext(), e.getTransfereeExten());
        return new CallEvent.BlindTransferred(at, transferer, transferee, Chan.text(e.getContext()),
                Chan.text(e.getExtension()), "Success".equalsIgnoreCase(e.getResult()));
    }

    private static CallEvent listed(Instant at, CoreShowChannelEvent e) {
        Chan channel = Chan.of(e.getChannel(), e.getUniqueid(), e.getLinkedid(), e.getChannelState(),
                e.getCallerIdNum(), e.getCallerIdName(), e.getContext(), e.getExten());
        return new CallEvent.ChannelListed(at, Chan.text(e.getActionId()), channel, Chan.text(e.getBridgeid()),
                Chan.text(e.getApplication()), Chan.text(e.getApplicationdata()), duration(e.getDuration()));
    }

    /** CoreShowChannel's Duration is {@code HH:MM:SS}. */
    static Duration duration(String text) {
        String[] parts = Chan.text(text).split(":");
        if (parts.length != 3) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                    .plusSeconds(Long.parseLong(parts[2]));
        }
        catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant receivedAt(ManagerEvent event) {
        Date received = event.getDateReceived();
        return received == null ? Instant.now() : received.toInstant();
    }
}
