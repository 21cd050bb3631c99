package com.helpdesk.platform.call;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where call events are handled, off the bridge's single tracking thread: one lane per stripe of
 * calls, so the events of one call keep their order (ring before answer before end) while calls
 * are handled side by side, and a slow lookup for one call never holds up another call's pop.
 */
@Component
class CallLanes implements DisposableBean {

    static final int LANES = 8;
    private static final Logger log = LoggerFactory.getLogger(CallLanes.class);

    private final ExecutorService[] lanes = new ExecutorService[LANES];

    CallLanes() {
        for (int i = 0; i < LANES; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("call-lane-" + i).daemon()
                .factory());
        }
    }

    /** Runs {@code work} in the lane of {@code callId}; a failure is logged, never thrown at the bridge. */
    void run(String callId, String what, Runnable work) {
        lanes[Math.floorMod(callId.hashCode(), LANES)].execute(() -> {
            try {
                work.run();
            }
            catch (RuntimeException e) {
                log.warn("Handling the {} of call {} failed", what, callId, e);
            }
        });
    }

    /** Waits until every event handed in so far has been handled (tests, orderly shutdown). */
    void awaitIdle(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        List<Future<?>> marks = new ArrayList<>();
        for (ExecutorService lane : lanes) {
            marks.add(lane.submit(() -> { }));
        }
        for (Future<?> mark : marks) {
            mark.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
