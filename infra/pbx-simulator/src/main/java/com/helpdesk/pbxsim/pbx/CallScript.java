package com.helpdesk.pbxsim.pbx;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every scripted call shares: pacing, and announcing its start and end to its handle. */
abstract class CallScript implements Runnable {

    private static final Logger LOG = Logger.getLogger(CallScript.class.getName());

    final Pbx pbx;
    final Timing timing;
    final CallHandle handle;
    private String linkedId;

    CallScript(Pbx pbx, Timing timing, CallHandle handle) {
        this.pbx = pbx;
        this.timing = timing;
        this.handle = handle;
    }

    @Override
    public final void run() {
        try {
            play();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scripted call failed", e);
            handle.failed(e);
        }
        finally {
            pbx.unregister(linkedId, handle);
        }
    }

    abstract void play() throws InterruptedException;

    /** Called once the call's first channel exists. */
    void started(SimChannel first) {
        linkedId = first.linkedId();
        pbx.register(linkedId, handle);
    }

    void step() throws InterruptedException {
        pause(timing.step());
    }

    static void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration);
        }
    }

    /** Waits {@code duration} unless a hangup is asked for first; true if it was. */
    boolean waitOrHangup(Duration duration) throws InterruptedException {
        return handle.awaitHangup(Math.max(0, duration.toMillis()));
    }

    /** Dial events name both parties: the caller's snapshot, then the callee's with {@code Dest}. */
    void dialEvent(String event, SimChannel caller, SimChannel callee, String key, String value) {
        pbx.emit(event, "call,all", f -> f.addAll(caller.snapshot("")).addAll(callee.snapshot("Dest")).add(key, value));
    }

    void hangupNormally(SimChannel channel) {
        pbx.hangup(channel, 16, "Normal Clearing");
    }
}
