package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.helpdesk.telephony.call.Dialer.OriginateOutcome;

/**
 * Originates waiting for their {@code OriginateResponse}, by ActionID. Futures complete on the
 * common pool, so whatever the caller chained to them never runs on a tracking or AMI thread.
 */
final class PendingOriginates {

    private final Map<String, CompletableFuture<OriginateOutcome>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    PendingOriginates(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** A future for {@code actionId} that fails with "no outcome" after {@code patience}. */
    CompletableFuture<OriginateOutcome> expect(String actionId, Duration patience) {
        CompletableFuture<OriginateOutcome> outcome = new CompletableFuture<>();
        pending.put(actionId, outcome);
        timer.schedule(() -> fail(actionId, "no OriginateResponse within " + patience.toSeconds() + " s"),
                patience.toMillis(), TimeUnit.MILLISECONDS);
        return outcome;
    }

    void finished(CallEvent.OriginateFinished event) {
        complete(event.actionId(), new OriginateOutcome(event.succeeded(),
                event.succeeded() ? event.uniqueId() : "", event.reason()));
    }

    void fail(String actionId, String reason) {
        complete(actionId, new OriginateOutcome(false, "", reason));
    }

    /** The link is gone: Asterisk may still place these calls, but this node will not hear of it. */
    void failAll(String reason) {
        pending.keySet().forEach(actionId -> fail(actionId, reason));
    }

    private void complete(String actionId, OriginateOutcome outcome) {
        CompletableFuture<OriginateOutcome> future = pending.remove(actionId);
        if (future != null) {
            future.completeAsync(() -> outcome);
        }
    }
}
