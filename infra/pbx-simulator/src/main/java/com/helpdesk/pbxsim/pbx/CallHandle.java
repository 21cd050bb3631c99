package com.helpdesk.pbxsim.pbx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A scripted call in progress: its Linkedid, a way to end it early, and its end. */
public final class CallHandle {

    private final CompletableFuture<String> linkedId = new CompletableFuture<>();
    private final CompletableFuture<Void> hangupRequested = new CompletableFuture<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    /** Asterisk's Linkedid of the call (the Uniqueid of its first channel), once that channel exists. */
    public String linkedId() {
        return linkedId.join();
    }

    /** The caller (or, for click-to-call, the agent) hangs up at the next point the script allows. */
    public void hangup() {
        hangupRequested.complete(null);
    }

    /** Completes when every channel of the call has hung up. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    void started(String id) {
        linkedId.complete(id);
    }

    void ended() {
        linkedId.complete("");
        finished.complete(null);
    }

    void failed(Throwable error) {
        linkedId.completeExceptionally(error);
        finished.completeExceptionally(error);
    }

    /**
     * Waits up to {@code millis} for {@link #hangup()}; true if it was asked for. Scripts use it for
     * every wait a hangup may cut short (talking, waiting in the queue).
     */
    boolean awaitHangup(long millis) throws InterruptedException {
        try {
            hangupRequested.get(millis, TimeUnit.MILLISECONDS);
            return true;
        }
        catch (TimeoutException e) {
            return false;
        }
        catch (ExecutionException e) {
            return true;
        }
    }

    boolean hangupRequested() {
        return hangupRequested.isDone();
    }
}
