package com.helpdesk.telephony.ivr;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asks the caller and checks the answer: only the expected keys, only digits where digits are
 * expected, lengths bounded. Silence and wrong keys are answered with their own prompt and the
 * question is asked again, at most the menu's {@code maxRetries} times; then
 * {@link RetriesExhausted} ends the menu (the conversation routes the call to an agent or says
 * goodbye).
 */
final class Questions {

    private final CallLine line;
    private final IvrSession session;

    Questions(CallLine line, IvrSession session) {
        this.line = line;
        this.session = session;
    }

    /** One key out of {@code allowed} (digits). */
    char choose(String promptKey, String allowed) {
        return choose(session.prompt(promptKey), promptKey, allowed);
    }

    char choose(IvrMenu.Prompt prompt, String name, String allowed) {
        return ask(prompt, name, 1, null, oneOf(allowed)).charAt(0);
    }

    /** As {@link #choose(String, String)}, but silence picks {@code onSilence} at once. */
    char chooseOr(String promptKey, String allowed, char onSilence) {
        return ask(session.prompt(promptKey), promptKey, 1, onSilence, oneOf(allowed)).charAt(0);
    }

    /** Between {@code min} and {@code max} digits, ended by {@code #} or by the timeout. */
    String digits(String promptKey, int min, int max) {
        return ask(session.prompt(promptKey), promptKey, max, null, keys -> keys.digits(min, max));
    }

    /** A whole number from {@code min} to {@code max} (at most two digits, ended by {@code #} or the timeout). */
    int number(IvrMenu.Prompt prompt, String name, int min, int max) {
        int maxDigits = String.valueOf(max).length();
        return Integer.parseInt(ask(prompt, name, maxDigits, null, keys -> keys.digits(1, maxDigits)
                && Integer.parseInt(keys.raw()) >= min && Integer.parseInt(keys.raw()) <= max));
    }

    /** Asked once: silence or any key but {@code allowed} is a "no", without a second asking. */
    Optional<Character> offer(String promptKey, String allowed) {
        Keys keys = line.ask(session.prompt(promptKey), session.menu().inputTimeout(), 1);
        return oneOf(allowed).test(keys) ? Optional.of(keys.raw().charAt(0)) : Optional.empty();
    }

    private static Predicate<Keys> oneOf(String allowed) {
        return keys -> keys.digits(1, 1) && allowed.indexOf(keys.raw().charAt(0)) >= 0;
    }

    private String ask(IvrMenu.Prompt prompt, String name, int maxDigits, Character onSilence, Predicate<Keys> valid) {
        int attempts = session.menu().maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Keys keys = line.ask(prompt, session.menu().inputTimeout(), maxDigits);
            if (!keys.silent() && valid.test(keys)) {
                return keys.raw();
            }
            if (keys.silent() && onSilence != null) {
                return String.valueOf(onSilence);
            }
            session.step((keys.silent() ? "timeout:" : "invalid:") + name);
            if (attempt < attempts) {
                line.play(session.prompt(keys.silent() ? "timeout" : "invalid"));
            }
        }
        throw new RetriesExhausted(name);
    }
}
