package com.helpdesk.platform.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

class InboundFrameLimitTests {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final InboundFrameLimit limit = new InboundFrameLimit(3, Duration.ofSeconds(10), clock);

    @Test
    void refusesTheFrameBeyondTheLimitOfAWindow() {
        for (int i = 0; i < 3; i++) {
            limit.preSend(frame(StompCommand.SUBSCRIBE, "s1"), null);
        }
        assertThatExceptionOfType(MessageDeliveryException.class)
            .isThrownBy(() -> limit.preSend(frame(StompCommand.SUBSCRIBE, "s1"), null));
    }

    @Test
    void countsEachSessionAndEachWindowApart() {
        for (int i = 0; i < 3; i++) {
            limit.preSend(frame(StompCommand.SUBSCRIBE, "s1"), null);
        }
        assertThatNoException().isThrownBy(() -> limit.preSend(frame(StompCommand.SUBSCRIBE, "s2"), null));
        now = now.plusSeconds(10);
        assertThatNoException().isThrownBy(() -> limit.preSend(frame(StompCommand.SUBSCRIBE, "s1"), null));
    }

    @Test
    void forgetsASessionOnDisconnect() {
        limit.preSend(frame(StompCommand.SUBSCRIBE, "s1"), null);
        limit.preSend(frame(StompCommand.DISCONNECT, "s1"), null);
        assertThat(limit.trackedSessions()).isZero();
    }

    private static Message<byte[]> frame(StompCommand command, String session) {
        StompHeaderAccessor headers = StompHeaderAccessor.create(command);
        headers.setSessionId(session);
        return MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders());
    }
}
