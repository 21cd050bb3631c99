package com.helpdesk.telephony.ami;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import com.helpdesk.telephony.call.Dialer.OriginateOutcome;

/**
 * Click-to-call from a node that does not hold the server's AMI connection: the request goes into a
 * Redis list that the holder pops, and the outcome comes back in a per-request list. The requester
 * polls for it with short LPOPs rather than a blocking pop, so a waiting click-to-call never holds
 * a pooled Redis connection; only the holder blocks, on one connection per held server.
 */
final class OriginateRelay {

    /** Places a call through the local AMI connection. */
    interface Originator {
        CompletableFuture<OriginateOutcome> originate(String extension, String number, Map<String, String> variables);
    }

    private static final Logger log = LoggerFactory.getLogger(OriginateRelay.class);
    private static final long POLL_MILLIS = 200;
    private static final int BLOCK_SECONDS = 1;

    private final UnifiedJedis redis;
    private final String requests;
    private final String server;
    private final ScheduledExecutorService timer;

    OriginateRelay(UnifiedJedis redis, String server, ScheduledExecutorService timer) {
        this.redis = redis;
        this.server = server;
        this.requests = "helpdesk:telephony:originate:" + server;
        this.timer = timer;
    }

    /** Asks the holder to place the call; not placed if no holder answers within {@code patience}. */
    CompletableFuture<OriginateOutcome> forward(String extension, String number, Map<String, String> variables,
            Duration patience) {
        String id = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(patience);
        Map<String, String> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("extension", extension);
        request.put("number", number);
        request.put("deadline", String.valueOf(deadline.toEpochMilli()));
        variables.forEach((key, value) -> request.put("v." + key, value));
        CompletableFuture<OriginateOutcome> outcome = new CompletableFuture<>();
        try {
            redis.rpush(requests, encode(request));
        }
        catch (JedisException e) {
            outcome.complete(new OriginateOutcome(false, "", "cannot reach Redis to forward to " + server));
            return outcome;
        }
        try {
            pollForOutcome(replyKey(id), deadline, outcome);
        }
        catch (RejectedExecutionException e) {
            outcome.complete(new OriginateOutcome(false, "", "the telephony bridge is stopping"));
        }
        return outcome;
    }

    private void pollForOutcome(String replyKey, Instant deadline, CompletableFuture<OriginateOutcome> outcome) {
        ScheduledFuture<?>[] poller = new ScheduledFuture<?>[1];
        poller[0] = timer.scheduleWithFixedDelay(() -> {
            String reply = null;
            try {
                reply = redis.lpop(replyKey);
            }
            catch (JedisException e) {
                log.debug("polling an originate outcome", e);
            }
            if (reply != null) {
                Map<String, String> fields = decode(reply);
                outcome.complete(new OriginateOutcome(Boolean.parseBoolean(fields.get("placed")),
                        fields.getOrDefault("linkedId", ""), fields.getOrDefault("reason", "")));
            }
            else if (Instant.now().isAfter(deadline)) {
                outcome.complete(new OriginateOutcome(false, "", "no node holding " + server + " answered"));
            }
            if (outcome.isDone()) {
                poller[0].cancel(false);
            }
        }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The holder's loop: pops forwarded requests while {@code holding}, on the calling thread. */
    void serve(BooleanSupplier holding, Originator local) {
        while (holding.getAsBoolean()) {
            try {
                List<String> popped = redis.blpop(BLOCK_SECONDS, requests);
                if (popped != null && popped.size() == 2 && holding.getAsBoolean()) {
                    handle(decode(popped.get(1)), local);
                }
            }
            catch (JedisException e) {
                log.debug("originate relay of {}: {}", server, e.toString());
                sleep();
            }
        }
    }

    private void handle(Map<String, String> request, Originator local) {
        if (Instant.now().toEpochMilli() > Long.parseLong(request.getOrDefault("deadline", "0"))) {
            return; // the requester has given up; placing the call now would surprise everybody
        }
        Map<String, String> variables = request.entrySet().stream().filter(e -> e.getKey().startsWith("v."))
                .collect(Collectors.toMap(e -> e.getKey().substring(2), Map.Entry::getValue));
        String replyKey = replyKey(request.get("id"));
        local.originate(request.get("extension"), request.get("number"), variables).thenAccept(outcome -> {
            Map<String, String> reply = new LinkedHashMap<>();
            reply.put("placed", String.valueOf(outcome.placed()));
            reply.put("linkedId", outcome.linkedId());
            reply.put("reason", outcome.reason());
            try {
                redis.rpush(replyKey, encode(reply));
                redis.expire(replyKey, 300);
            }
            catch (JedisException e) {
                log.warn("originate relay of {}: could not return an outcome", server, e);
            }
        });
    }

    private String replyKey(String id) {
        return "helpdesk:telephony:originate-outcome:" + server + ":" + id;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void sleep() {
        try {
            Thread.sleep(Duration.ofSeconds(1));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
