package com.helpdesk.platform.realtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * Bounds how many frames one session may send in a fixed window. Clients only connect, subscribe
 * and send heart-beats, so an honest one stays far below; a flood ends the session (ERROR, close).
 * Runs before authentication so floods of CONNECT frames do not each cost a token validation.
 */
final class InboundFrameLimit implements ChannelInterceptor {

    private final int maxFrames;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> bySession = new ConcurrentHashMap<>();

    InboundFrameLimit(int maxFrames, Duration window, Clock clock) {
        this.maxFrames = maxFrames;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String session = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (session == null) {
            return message;
        }
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) == SimpMessageType.DISCONNECT) {
            bySession.remove(session);
            return message;
        }
        Instant now = clock.instant();
        Window current = bySession.compute(session, (id, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.frames() + 1));
        if (current.frames() > maxFrames) {
            bySession.remove(session);
            throw new MessageDeliveryException("More than " + maxFrames + " frames in " + window + ".");
        }
        return message;
    }

    int trackedSessions() {
        return bySession.size();
    }

    private record Window(Instant start, int frames) {
    }
}
