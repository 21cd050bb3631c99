package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reflections.Reflections;

import com.helpdesk.pbxsim.pbx.CallHandle;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;

/**
 * asterisk-java learns its event classes from a classpath scan that finds nothing inside a Spring
 * Boot fat jar. Here every scanned class is deregistered first, which leaves a connection in the
 * state the fat jar leaves it in; the explicit registration must be enough to track a call.
 */
class EventClassRegistrationIntegrationTests {

    private BridgeFixture fixture;
    private DefaultManagerConnection connection;
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fixture = new BridgeFixture();
        connection = new DefaultManagerConnection("127.0.0.1", fixture.pbx.port(), BridgeFixture.USER,
                BridgeFixture.SECRET);
        connection.addEventListener(event -> EventTranslator.translate(event).ifPresent(events::add));
    }

    @AfterEach
    void close() {
        connection.logoff();
        fixture.close();
    }

    @Test
    void theTrackedEventsArriveEvenWhenTheClasspathScanFoundNone() throws Exception {
        Set<Class<? extends ManagerEvent>> scanned = new Reflections("org.asteriskjava.manager.event")
                .getSubTypesOf(ManagerEvent.class);
        scanned.stream().filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .forEach(connection::deregisterEventClass);
        AmiEventClasses.registerOn(connection);
        connection.login();

        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).ringing("1001", "1002")
                .answeredBy("1002").timing(Timing.fast()));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream()
                .anyMatch(CallEvent.MemberConnected.class::isInstance));
        call.hangup();

        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream()
                .filter(CallEvent.HungUp.class::isInstance).count() == 3);
        assertThat(events).extracting(event -> event.getClass().getSimpleName()).contains("ChannelCreated",
                "ChannelStateChanged", "VariableSet", "DialplanStep", "QueueJoined", "MemberRung", "DialStarted",
                "DialEnded", "QueueLeft", "MemberConnected", "Bridged", "HungUp");
    }

    @Test
    void withoutTheRegistrationTheSameConnectionWouldSeeNothing() throws Exception {
        new Reflections("org.asteriskjava.manager.event").getSubTypesOf(ManagerEvent.class).stream()
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .forEach(connection::deregisterEventClass);
        connection.login();

        CallHandle call = fixture.pbx.call(InboundCall.to(BridgeFixture.DID).timing(Timing.fast()));
        call.hangup();
        call.finished().join();

        // The Ping answer comes after every event of the call on the same socket.
        connection.sendAction(new PingAction());
        assertThat(events).isEmpty();
    }
}
