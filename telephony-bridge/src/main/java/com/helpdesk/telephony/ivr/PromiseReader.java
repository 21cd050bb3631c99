package com.helpdesk.telephony.ivr;

/**
 * Speaks a {@link Promise} from the menu's prompts and Asterisk's own number and date sayings:
 * "[after-opening] within | 2 | hours | business time | end [by | Monday 25 November 10:30]".
 * The prompts carry the words of each language, so the order works for zh and en alike.
 */
final class PromiseReader {

    private final CallLine line;
    private final IvrSession session;

    PromiseReader(CallLine line, IvrSession session) {
        this.line = line;
        this.session = session;
    }

    /** @param withinKey the prompt that opens the sentence, e.g. "we will call you back within" */
    void read(Promise promise, String withinKey) {
        if (!promise.timed()) {
            line.play(session.prompt("promise-asap"));
            return;
        }
        if (promise.afterOpening()) {
            line.play(session.prompt("promise-after-opening"));
        }
        line.play(session.prompt(withinKey));
        line.sayNumber(promise.amount());
        line.play(session.prompt("unit-" + promise.unit().name().toLowerCase(java.util.Locale.ROOT)));
        if (promise.businessTime()) {
            line.play(session.prompt("business-time"));
        }
        line.play(session.prompt("promise-end"));
        if (promise.afterOpening() && promise.dueAt() != null && promise.zone() != null) {
            line.play(session.prompt("promise-by"));
            line.sayDateTime(promise.dueAt(), promise.zone());
        }
    }
}
