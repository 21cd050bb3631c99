package com.helpdesk.pbxsim.agi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark: the FastAGI round trip per command as the PBX sees it (from one command's arrival to
 * the next one's: Asterisk's answer, the network both ways and the IVR's work), over many concurrent
 * calls to a running platform. Prints, per command verb, the count and the 50th, 90th, 99th
 * percentile and maximum, after a warm-up that is not counted. The caller's script is written as
 * {@link AgiScenario#parse} reads it.
 *
 * <pre>
 * java -cp infra/pbx-simulator/target/pbx-simulator-*.jar com.helpdesk.pbxsim.agi.AgiRoundTrips \
 *     127.0.0.1 4573 +8653188887777 2000 20 'main-menu=2;enter-ticket=100001#'
 * </pre>
 */
public final class AgiRoundTrips {

    private AgiRoundTrips() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: AgiRoundTrips host port did calls concurrency [scenario, default main-menu=0]");
            System.exit(2);
        }
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String did = args[2];
        int calls = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        AgiScenario scenario = AgiScenario.parse(args.length > 5 ? args[5] : "main-menu=0");
        FastAgiClient client = new FastAgiClient(host, port);
        run(client, did, scenario, Math.max(concurrency, calls / 10), concurrency);
        long started = System.nanoTime();
        List<AgiTranscript> transcripts = run(client, did, scenario, calls, concurrency);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        report(transcripts, took);
    }

    private static List<AgiTranscript> run(FastAgiClient client, String did, AgiScenario scenario, int calls,
            int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<AgiTranscript>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> client.call(AgiCallSetup.call(did, "+8613800138000"), scenario)));
            }
            List<AgiTranscript> done = new ArrayList<>();
            for (Future<AgiTranscript> future : futures) {
                done.add(future.get());
            }
            return done;
        }
        finally {
            pool.shutdown();
        }
    }

    private static void report(List<AgiTranscript> transcripts, Duration took) {
        Map<String, List<Long>> byVerb = new TreeMap<>();
        long problems = transcripts.stream().filter(t -> !t.problems().isEmpty()).count();
        for (AgiTranscript transcript : transcripts) {
            for (AgiTranscript.Exchange exchange : transcript.exchanges()) {
                byVerb.computeIfAbsent(exchange.command().verb(), v -> new ArrayList<>())
                    .add(exchange.roundTrip().toNanos());
                byVerb.computeIfAbsent("(all)", v -> new ArrayList<>()).add(exchange.roundTrip().toNanos());
            }
        }
        System.out.printf("%d calls in %.1f s (%.0f calls/s), %d with problems%n", transcripts.size(),
                took.toMillis() / 1000.0, transcripts.size() * 1000.0 / Math.max(1, took.toMillis()), problems);
        transcripts.stream().flatMap(t -> t.problems().stream()).findFirst()
            .ifPresent(problem -> System.out.println("first problem: " + problem));
        System.out.printf("%-18s %8s %9s %9s %9s %9s%n", "command", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
        byVerb.forEach((verb, nanos) -> {
            Collections.sort(nanos);
            System.out.printf("%-18s %8d %9.3f %9.3f %9.3f %9.3f%n", verb, nanos.size(), ms(nanos, 0.50),
                    ms(nanos, 0.90), ms(nanos, 0.99), nanos.getLast() / 1e6);
        });
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
