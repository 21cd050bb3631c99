package com.helpdesk.telephony.ami;

import java.util.List;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeCreateEvent;
import org.asteriskjava.manager.event.BridgeDestroyEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
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

/**
 * The event classes call tracking reads, registered on every connection by hand.
 *
 * <p>Why: asterisk-java's {@code EventBuilderImpl} fills its table of event classes once, in a
 * static initializer, from {@code new Reflections("org.asteriskjava.manager.event")}, a classpath
 * scan. Inside a Spring Boot executable jar (nested {@code BOOT-INF/lib/*.jar}) that scan has been
 * reported to find nothing (asterisk-java issue #318, Reflections issue #373): every event is then
 * dropped with "No event class registered". {@code registerUserEventClass} puts a class into the same
 * table without any scan (its name says "user" but it accepts any {@link ManagerEvent}), so what
 * this bridge depends on never depends on the scan. See the module README for what was measured.
 */
final class AmiEventClasses {

    static final List<Class<? extends ManagerEvent>> TRACKED = List.of(NewChannelEvent.class, NewStateEvent.class,
            NewExtenEvent.class, VarSetEvent.class, DialBeginEvent.class, DialEndEvent.class,
            QueueCallerJoinEvent.class, QueueCallerLeaveEvent.class, QueueCallerAbandonEvent.class,
            AgentCalledEvent.class, AgentConnectEvent.class, BridgeEnterEvent.class, BlindTransferEvent.class,
            HangupEvent.class, CoreShowChannelEvent.class, CoreShowChannelsCompleteEvent.class,
            OriginateResponseEvent.class,
            // not tracked, but asterisk-java's own bridge bookkeeping (BridgesActive) logs an error
            // for every BridgeEnter of a bridge whose BridgeCreate it could not build
            BridgeCreateEvent.class, BridgeLeaveEvent.class, BridgeDestroyEvent.class);

    private AmiEventClasses() {
    }

    static void registerOn(ManagerConnection connection) {
        TRACKED.forEach(connection::registerUserEventClass);
    }
}
