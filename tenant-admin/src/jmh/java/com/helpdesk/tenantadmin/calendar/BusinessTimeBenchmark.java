package com.helpdesk.tenantadmin.calendar;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of business-time arithmetic on the realistic calendar (Mon–Fri 08:30–12:00 and
 * 13:00–18:00 in Asia/Shanghai, 33 holiday dates and six make-up days in 2026), for start
 * instants spread over 2026 and typical target durations. Run: {@code mvn -pl tenant-admin -Pbench verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessTimeBenchmark {

    private static final int SAMPLES = 1 << 12;
    private static final List<Duration> TYPICAL = List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24),
            Duration.ofHours(48), Duration.ofHours(96));

    /** "mixed" draws from the typical targets (5 min to 96 h); otherwise one ISO-8601 duration for every call. */
    @Param({"mixed", "PT10M", "PT4H", "PT72H"})
    public String duration;

    private final Instant[] starts = new Instant[SAMPLES];
    private final Instant[] ends = new Instant[SAMPLES];
    private final Duration[] durations = new Duration[SAMPLES];
    private BusinessTimeCalculator office;
    private BusinessTimeCalculator aroundTheClock;
    private int next;

    @Setup
    public void setUp() {
        office = BusinessTimeCalculator.of(RealisticCalendar.office());
        aroundTheClock = BusinessTimeCalculator.aroundTheClock();
        Random random = new Random(20_260_101L);
        long yearStart = Instant.parse("2025-12-31T16:00:00Z").getEpochSecond();
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = Instant.ofEpochSecond(yearStart + random.nextLong(365L * 86_400), random.nextInt(1_000_000_000));
            durations[i] = "mixed".equals(duration) ? TYPICAL.get(random.nextInt(TYPICAL.size())) : Duration.parse(duration);
            ends[i] = starts[i].plus(durations[i].multipliedBy(2));
            office.add(starts[i], durations[i]); // compiles the years touched, outside the measurement
        }
    }

    private int nextIndex() {
        return next++ & (SAMPLES - 1);
    }

    @Benchmark
    public Instant add() {
        int i = nextIndex();
        return office.add(starts[i], durations[i]);
    }

    @Benchmark
    public Duration between() {
        int i = nextIndex();
        return office.between(starts[i], ends[i]);
    }

    @Benchmark
    public Instant addAroundTheClock() {
        int i = nextIndex();
        return aroundTheClock.add(starts[i], durations[i]);
    }
}
