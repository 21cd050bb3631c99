package com.helpdesk.platform.support;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A STOMP client as an agent's browser would be: it connects with a bearer token in the CONNECT
 * frame, subscribes, and collects what arrives. Errors (ERROR frames, a closed connection) are
 * collected too, so a refusal can be awaited like a message.
 */
public final class StompTestClient implements AutoCloseable {

    /** Generous: a wait, never a measurement. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final WebSocketStompClient client;
    private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final CompletableFuture<StompSession> session;

    private StompTestClient(int port, String token) {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new JacksonJsonMessageConverter())));
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        session = client.connectAsync("ws://127.0.0.1:" + port + "/ws", new WebSocketHttpHeaders(), connect,
                new Handler());
    }

    /** Connects and waits for CONNECTED. */
    public static StompTestClient connect(int port, String token) throws Exception {
        StompTestClient stomp = new StompTestClient(port, token);
        stomp.session.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return stomp;
    }

    /** Starts connecting without waiting, for connections that are expected to be refused. */
    public static StompTestClient attempt(int port, String token) {
        return new StompTestClient(port, token);
    }

    public boolean connected() {
        return session.isDone() && !session.isCompletedExceptionally() && session.join().isConnected();
    }

    /** The next error (ERROR frame's message, or the transport's failure), or null if none came. */
    public String awaitError() throws InterruptedException {
        return errors.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public BlockingQueue<Map<String, Object>> subscribe(String destination) {
        BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
        session.join().subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                received.add((Map<String, Object>) payload);
            }
        });
        return received;
    }

    public void send(String destination, Object payload) {
        session.join().send(destination, payload);
    }

    @Override
    public void close() {
        try {
            if (connected()) {
                session.join().disconnect();
            }
        }
        catch (RuntimeException e) {
            // the server may have closed the session after refusing a frame
        }
        client.stop();
    }

    /**
     * Subscriptions take effect asynchronously and STOMP acknowledges none, so probes are pushed
     * until one arrives; afterwards every push to that destination reaches the subscriber.
     */
    public static void awaitReady(BlockingQueue<Map<String, Object>> queue, Runnable pushProbe) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            pushProbe.run();
            Map<String, Object> message = queue.poll(250, TimeUnit.MILLISECONDS);
            if (message != null) {
                return; // later probes are skipped by next()
            }
        }
        throw new AssertionError("The subscription never received a probe");
    }

    /** The next message that is not a probe, or null if none came in time. */
    public static Map<String, Object> next(BlockingQueue<Map<String, Object>> queue) throws InterruptedException {
        Predicate<Map<String, Object>> probe = message -> message.containsKey("probe");
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Map<String, Object> message = queue.poll(250, TimeUnit.MILLISECONDS);
            if (message != null && !probe.test(message)) {
                return message;
            }
        }
        return null;
    }

    public static Map<String, Object> probe() {
        return Map.of("probe", true);
    }

    /** The Keycloak user id ({@code sub}) of a token, which is also the STOMP principal's name. */
    public static UUID userIdOf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return UUID.fromString(JsonMapper.builder().build().readTree(claims).get("sub").asString());
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return String.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            errors.add("ERROR " + headers.getFirst("message"));
        }

        @Override
        public void handleException(StompSession session, StompCommand command, StompHeaders headers,
                byte[] payload, Throwable exception) {
            errors.add("exception " + exception);
        }

        @Override
        public void handleTransportError(StompSession session, Throwable exception) {
            errors.add("transport " + exception);
        }
    }
}
