package com.helpdesk.pbxsim;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.helpdesk.pbxsim.pbx.InboundCall;

/**
 * Starts calls at a steady rate, for the demo and for load: call {@code n} is {@code calls.apply(n)}.
 * Calls overlap freely; each runs on its own virtual thread.
 */
public final class CallLoad implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sim-call-load").daemon().factory());
    private final AtomicInteger started = new AtomicInteger();

    private CallLoad() {
    }

    /**
     * @param perSecond calls started per second (e.g. 0.2 is one every five seconds)
     * @param total     how many calls, or 0 for no end
     */
    public static CallLoad start(PbxSimulator simulator, IntFunction<InboundCall> calls, double perSecond, int total) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        CallLoad load = new CallLoad();
        long periodNanos = (long) (1_000_000_000L / perSecond);
        load.timer.scheduleAtFixedRate(() -> {
            int n = load.started.getAndIncrement();
            if (total > 0 && n >= total) {
                load.timer.shutdown();
                return;
            }
            simulator.call(calls.apply(n));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        return load;
    }

    public int started() {
        return started.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
