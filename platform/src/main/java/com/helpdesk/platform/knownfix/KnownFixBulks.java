package com.helpdesk.platform.knownfix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.helpdesk.search.KnownFix;
import com.helpdesk.search.KnownFixes;
import com.helpdesk.search.SearchUnavailableException;

/**
 * Gathers the fixes that deliveries of the outbox hand over at about the same time into bulk
 * requests of up to {@code bulkSize} fixes (one embedding batch, one round trip), at most
 * {@code senders} bulks at a time. A delivery waits for the bulk that carries its fixes: it returns only once they
 * are written, and throws if they are not, so its publication in the registry is completed, or left
 * for {@link KnownFixRedelivery}, exactly as when each delivery wrote alone. Nothing is held only in
 * memory: what is queued here is also an incomplete publication in PostgreSQL.
 *
 * <p>Batching adapts to the load: a lone resolution leaves after {@code linger} at most; while a bulk
 * is on its way the next one fills, so a burst (a redelivery after an outage, many agents resolving at
 * once) goes in full bulks. A document Elasticsearch refuses fails its own delivery only; a failed
 * request fails its bulk and everything queued behind it (they would fail the same way, and should go
 * back to the back-off rather than wait for time-outs one bulk after another).
 */
@Component
class KnownFixBulks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnownFixBulks.class);

    private record Pending(KnownFix fix, CompletableFuture<Void> written) {
    }

    private final KnownFixes index;
    private final KnownFixIndexSetup setup;
    private final int bulkSize;
    private final Duration linger;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> senders;
    private volatile boolean open = true;

    KnownFixBulks(KnownFixes index, KnownFixIndexSetup setup, KnownFixSearchProperties properties) {
        this.index = index;
        this.setup = setup;
        this.bulkSize = properties.indexing().bulkSize();
        this.linger = properties.indexing().linger();
        this.senders = IntStream.range(0, properties.indexing().senders())
            .mapToObj(i -> Thread.ofPlatform().name("known-fix-bulks-" + i).daemon().start(this::send))
            .toList();
    }

    /** Returns when every fix is written; throws if any is not (the caller's delivery then fails). */
    void write(List<KnownFix> fixes) {
        List<CompletableFuture<Void>> written = new ArrayList<>(fixes.size());
        for (KnownFix fix : fixes) {
            Pending pending = new Pending(fix, new CompletableFuture<>());
            written.add(pending.written());
            queue.add(pending);
        }
        if (!open) {
            failAllQueued(new SearchUnavailableException("The known-fix indexing is shutting down", null));
        }
        try {
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void send() {
        while (open) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    send(collect(first));
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            catch (RuntimeException e) {
                log.error("A known-fix bulk sender failed; it goes on", e);
            }
        }
        failAllQueued(new SearchUnavailableException("The known-fix indexing is shutting down", null));
    }

    /** The first pending fix and what follows within {@code linger}, up to {@code bulkSize}. */
    private List<Pending> collect(Pending first) throws InterruptedException {
        List<Pending> bulk = new ArrayList<>(bulkSize);
        bulk.add(first);
        queue.drainTo(bulk, bulkSize - bulk.size());
        long deadline = System.nanoTime() + linger.toNanos();
        while (bulk.size() < bulkSize) {
            long left = deadline - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                break;
            }
            bulk.add(next);
            queue.drainTo(bulk, bulkSize - bulk.size());
        }
        return bulk;
    }

    private void send(List<Pending> bulk) {
        List<KnownFixes.Refusal> refused;
        try {
            setup.ensurePrepared();
            refused = index.indexEach(bulk.stream().map(Pending::fix).toList());
        }
        catch (RuntimeException | Error e) {
            // Whatever went wrong, the deliveries waiting for this bulk must not wait for ever.
            log.warn("A bulk of {} known fixes failed, delivered again later: {}", bulk.size(), e.toString());
            bulk.forEach(p -> p.written().completeExceptionally(e));
            if (e instanceof SearchUnavailableException unavailable) {
                failAllQueued(unavailable);
            }
            return;
        }
        Map<KnownFix, String> reasons = new IdentityHashMap<>();
        refused.forEach(r -> reasons.put(r.fix(), r.reason()));
        for (Pending pending : bulk) {
            String reason = reasons.get(pending.fix());
            if (reason == null) {
                pending.written().complete(null);
            }
            else {
                log.warn("Elasticsearch refused the known fix {} of tenant {}: {}", pending.fix().id(),
                        pending.fix().tenantId(), reason);
                pending.written().completeExceptionally(new SearchUnavailableException(
                        "Elasticsearch refused the known fix " + pending.fix().id() + ": " + reason, null));
            }
        }
        log.debug("Wrote a bulk of {} known fixes ({} refused)", bulk.size(), reasons.size());
    }

    private void failAllQueued(RuntimeException cause) {
        List<Pending> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        waiting.forEach(p -> p.written().completeExceptionally(cause));
    }

    /** Deliveries still waiting fail: their publications stay incomplete and go out after the restart. */
    @Override
    public void destroy() throws InterruptedException {
        open = false;
        senders.forEach(Thread::interrupt);
        for (Thread sender : senders) {
            sender.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
