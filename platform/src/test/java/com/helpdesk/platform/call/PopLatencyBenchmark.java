package com.helpdesk.platform.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import com.helpdesk.pbxsim.CallLoad;
import com.helpdesk.pbxsim.PbxSimulator;
import com.helpdesk.pbxsim.ami.AmiFrame;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.support.SimulatedPbx;
import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Ring-to-pop latency under load: {@code agents} STOMP sessions of distinct kunlun agents, each
 * with its own extension, subscribed to {@code /user/queue/pops}; the in-process PBX simulator
 * starts {@code rate} calls per second to kunlun's hotline (no IVR), each ringing {@code ringAll}
 * agents in turn, answered by the first after the ring time, hung up after the talk time. Measured
 * per rung agent: from the simulator handing the {@code DialBegin} event to its AMI server (the
 * event the bridge pops on) to the STOMP client receiving the {@code ringing} pop for that call.
 * Both ends are in this JVM, so System.nanoTime is one clock. Not part of the test suite: run by
 * {@code infra/load/pop-latency.sh} (system property {@code popbench=true}).
 */
@PlatformIntegrationTest
@Import(PopLatencyBenchmark.BenchTokens.class)
// BenchTokens' decoder takes the place of the platform's own (security.TokenDecoding).
@TestPropertySource(properties = "spring.main.allow-bean-definition-overriding=true")
@EnabledIfSystemProperty(named = "popbench", matches = "true")
class PopLatencyBenchmark {

    static final String KUNLUN_DID = "+861088886666";
    static final String SERVER = SimulatedPbx.serverName("bench");
    static final String TOKEN_PREFIX = "popbench:";
    static final int EXTENSION_BASE = 70_000;

    static final int AGENTS = Integer.getInteger("popbench.agents", 2000);
    static final double RATE = Double.parseDouble(System.getProperty("popbench.rate", "100"));
    static final int RING_ALL = Integer.getInteger("popbench.ringAll", 2);
    static final int WARMUP_SECONDS = Integer.getInteger("popbench.warmup", 20);
    static final int SECONDS = Integer.getInteger("popbench.duration", 60);
    static final int TALK_MS = Integer.getInteger("popbench.talkMs", 1000);
    static final String REPORT = System.getProperty("popbench.report", "target/pop-latency.txt");

    static final PbxSimulator PBX = SimulatedPbx.start();

    @DynamicPropertySource
    static void telephony(DynamicPropertyRegistry registry) {
        SimulatedPbx.register(registry, PBX, SERVER, KUNLUN_DID, false);
    }

    @Autowired
    RealtimePushes pushes;

    @Autowired
    TenantDirectory tenants;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** (linkedId/extension) to the nanoTime of its DialBegin, plus 1 in the low bit if measured. */
    private final Map<String, Long> rang = new ConcurrentHashMap<>();
    private volatile boolean measuring;

    @AfterAll
    static void stopSimulator() {
        PBX.close();
    }

    @Test
    void ringToPop() throws Exception {
        TenantId kunlun = tenants.findBySlug("kunlun").orElseThrow().id();
        UUID[] users = new UUID[AGENTS];
        for (int i = 0; i < AGENTS; i++) {
            users[i] = UUID.nameUUIDFromBytes(("popbench-agent-" + i).getBytes());
        }
        seedAgents(kunlun, users);
        awaitBridgeLoggedIn();

        // One STOMP client (one WebSocket container) for all sessions, as a load generator would.
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] { 10_000, 10_000 });

        AtomicLongArray[] samples = { new AtomicLongArray(capacity()) };
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong unmatched = new AtomicLong();
        AtomicLong probes = new AtomicLong();
        CountDownLatch allReady = new CountDownLatch(AGENTS);
        boolean[] ready = new boolean[AGENTS];
        List<StompSession> sessions = new ArrayList<>();
        Instant connectStart = Instant.now();
        for (int batch = 0; batch < AGENTS; batch += 100) {
            List<CompletableFuture<StompSession>> pending = new ArrayList<>();
            for (int i = batch; i < Math.min(AGENTS, batch + 100); i++) {
                StompHeaders connect = new StompHeaders();
                connect.add("Authorization", "Bearer " + TOKEN_PREFIX + users[i] + ":" + i);
                pending.add(client.connectAsync("ws://127.0.0.1:" + port + "/ws", new WebSocketHttpHeaders(), connect,
                        new StompSessionHandlerAdapter() { }));
            }
            for (int k = 0; k < pending.size(); k++) {
                int agent = batch + k;
                String extension = String.valueOf(EXTENSION_BASE + agent);
                StompSession session = pending.get(k).get(60, TimeUnit.SECONDS);
                sessions.add(session);
                session.subscribe("/user/queue/pops", new StompFrameHandler() {
                    @Override
                    public Type getPayloadType(StompHeaders headers) {
                        return Map.class;
                    }

                    @Override
                    public void handleFrame(StompHeaders headers, Object payload) {
                        long now = System.nanoTime();
                        Map<?, ?> pop = (Map<?, ?>) payload;
                        if (pop.containsKey("probe")) {
                            probes.incrementAndGet();
                            synchronized (ready) {
                                if (!ready[agent]) {
                                    ready[agent] = true;
                                    allReady.countDown();
                                }
                            }
                            return;
                        }
                        if (!"ringing".equals(pop.get("event"))) {
                            return;
                        }
                        String callId = String.valueOf(pop.get("callId"));
                        String linkedId = callId.substring(callId.indexOf(':') + 1);
                        Long stamp = rang.remove(linkedId + "/" + extension);
                        if (stamp == null) {
                            unmatched.incrementAndGet();
                            return;
                        }
                        if ((stamp & 1) == 1) {
                            int slot = recorded.getAndIncrement();
                            if (slot < samples[0].length()) {
                                samples[0].set(slot, now - (stamp & ~1L));
                            }
                        }
                    }
                });
            }
        }
        Duration connectTime = Duration.between(connectStart, Instant.now());

        // Subscriptions take effect asynchronously: probe every agent until each has one.
        Instant deadline = Instant.now().plusSeconds(120);
        while (allReady.getCount() > 0 && Instant.now().isBefore(deadline)) {
            for (int i = 0; i < AGENTS; i++) {
                boolean r;
                synchronized (ready) {
                    r = ready[i];
                }
                if (!r) {
                    pushes.toStaff(kunlun, users[i], "pops", Map.of("probe", true));
                }
            }
            allReady.await(2, TimeUnit.SECONDS);
        }
        if (allReady.getCount() > 0) {
            throw new AssertionError(allReady.getCount() + " sessions never received a probe");
        }

        PBX.eventListener(this::timestamp);
        AtomicInteger nextAgent = new AtomicInteger();
        Timing timing = Timing.fast().withTalk(Duration.ofMillis(TALK_MS));
        int warmupCalls = (int) (RATE * WARMUP_SECONDS);
        int totalCalls = warmupCalls + (int) (RATE * SECONDS);
        long startNanos = System.nanoTime();
        long[] measuredStart = new long[1];
        CallLoad load = CallLoad.start(PBX, n -> {
            if (n == warmupCalls) {
                measuredStart[0] = System.nanoTime();
                measuring = true;
            }
            String[] rung = new String[RING_ALL];
            for (int j = 0; j < RING_ALL; j++) {
                rung[j] = String.valueOf(EXTENSION_BASE + Math.floorMod(nextAgent.getAndIncrement(), AGENTS));
            }
            String caller = String.format("+86135%08d", n);
            return InboundCall.to(KUNLUN_DID).from(caller, "").queue("kunlun").withoutIvr().ringing(rung)
                .answeredBy(rung[0]).timing(timing);
        }, RATE, totalCalls);
        long expectedEnd = startNanos + (long) (totalCalls / RATE * 1e9);
        while (System.nanoTime() < expectedEnd + 1_000_000_000L && load.started() < totalCalls) {
            Thread.sleep(200);
        }
        long measuredEnd = System.nanoTime();
        Thread.sleep(3000 + TALK_MS); // the last pops and call ends
        measuring = false;
        PBX.eventListener(null);
        load.close();

        int n = Math.min(recorded.get(), samples[0].length());
        long[] latencies = new long[n];
        for (int i = 0; i < n; i++) {
            latencies[i] = samples[0].get(i);
        }
        Arrays.sort(latencies);
        int measuredCalls = totalCalls - warmupCalls;
        long expectedPops = (long) measuredCalls * RING_ALL;
        long lost = rang.values().stream().filter(s -> (s & 1) == 1).count();
        double seconds = (measuredEnd - measuredStart[0]) / 1e9;
        String report = String.format(Locale.ROOT, """
                ring-to-pop latency (DialBegin handed to the AMI server -> ringing pop received by the STOMP client)
                agents connected (STOMP sessions, distinct principals, each its own extension): %d  (connect took %.1f s)
                calls: %d warm-up + %d measured at %.1f calls/s (achieved %.1f calls/s over %.1f s), ring-all width %d
                pops expected %d, measured (DialBegin in the measured window) %d, never received %d, unmatched %d
                p50 %.2f ms  p90 %.2f ms  p95 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  mean %.2f ms
                machine: %d cores, %s %s, JVM %s, max heap %d MB
                """, AGENTS, connectTime.toMillis() / 1000.0, warmupCalls, measuredCalls, RATE,
                measuredCalls / seconds, seconds, RING_ALL, expectedPops, n, lost, unmatched.get(),
                ms(pct(latencies, 50)), ms(pct(latencies, 90)), ms(pct(latencies, 95)), ms(pct(latencies, 99)),
                ms(pct(latencies, 99.9)), ms(n == 0 ? 0 : latencies[n - 1]),
                ms(n == 0 ? 0 : (long) Arrays.stream(latencies).average().orElse(0)),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(report);
        try {
            Path path = Path.of(REPORT);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, report);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        for (StompSession session : sessions) {
            try {
                session.disconnect();
            }
            catch (RuntimeException e) {
                // closing anyway
            }
        }
        client.stop();
        scheduler.shutdown();
        removeAgents(kunlun);
    }

    private void timestamp(AmiFrame event) {
        if (!"DialBegin".equals(event.get("Event"))) {
            return;
        }
        long now = System.nanoTime();
        String channel = event.get("DestChannel");
        String linkedId = event.get("DestLinkedid") != null ? event.get("DestLinkedid") : event.get("Linkedid");
        if (channel == null || linkedId == null) {
            return;
        }
        int slash = channel.indexOf('/');
        int dash = channel.lastIndexOf('-');
        String extension = channel.substring(slash + 1, dash > slash ? dash : channel.length());
        rang.put(linkedId + "/" + extension, measuring ? now | 1 : now & ~1L);
    }

    private static int capacity() {
        return (int) Math.min(Integer.MAX_VALUE - 8, (long) (RATE * SECONDS * RING_ALL * 1.2) + 1000);
    }

    private static long pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** 2,000 staff rows with extensions, as the platform would have them after each agent's first request. */
    private void seedAgents(TenantId tenant, UUID[] users) {
        removeAgents(tenant);
        transactions.run(tenant, () -> {
            for (int i = 0; i < users.length; i++) {
                jdbc.sql("""
                        insert into tenant_users (tenant_id, user_id, username, display_name, roles, extension,
                                                  first_seen_at, last_seen_at)
                        values (:tenant, :user, :username, :name, '{agent}', :extension, now(), now())""")
                    .param("tenant", tenant.value())
                    .param("user", users[i])
                    .param("username", "popbench-agent-" + i)
                    .param("name", "Bench Agent " + i)
                    .param("extension", String.valueOf(EXTENSION_BASE + i))
                    .update();
            }
        });
    }

    private void removeAgents(TenantId tenant) {
        transactions.run(tenant, () -> jdbc.sql("delete from tenant_users where tenant_id = :tenant and username like 'popbench-agent-%'")
            .param("tenant", tenant.value())
            .update());
    }

    private void awaitBridgeLoggedIn() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (PBX.loggedInClients() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        if (PBX.loggedInClients() != 1) {
            throw new AssertionError("the AMI bridge never logged in to the simulator");
        }
    }


    /**
     * 2,000 distinct principals without 2,000 Keycloak users: tokens {@code popbench:<uuid>:<n>} are
     * accepted as kunlun agents; every other token goes to the real Keycloak validation. Only the
     * CONNECT frame's check is replaced; nothing on the pop path looks at the token again.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class BenchTokens {

        @Bean
        JwtDecoder jwtDecoder(@Value("${helpdesk.keycloak.issuer}") String issuer) {
            JwtDecoder[] keycloak = new JwtDecoder[1];
            return token -> {
                if (token.startsWith(TOKEN_PREFIX)) {
                    String[] parts = token.split(":");
                    Instant now = Instant.now();
                    try {
                        return Jwt.withTokenValue(token).header("alg", "none").subject(parts[1])
                            .claim("preferred_username", "popbench-agent-" + parts[2])
                            .claim("name", "Bench Agent " + parts[2])
                            .claim("organization", List.of("kunlun"))
                            .claim("realm_access", Map.of("roles", List.of("agent")))
                            .issuer(issuer).issuedAt(now).expiresAt(now.plus(Duration.ofHours(2)))
                            .build();
                    }
                    catch (RuntimeException e) {
                        throw new JwtException("bad bench token", e);
                    }
                }
                synchronized (keycloak) {
                    if (keycloak[0] == null) {
                        keycloak[0] = JwtDecoders.fromIssuerLocation(issuer);
                    }
                }
                return keycloak[0].decode(token);
            };
        }
    }
}
