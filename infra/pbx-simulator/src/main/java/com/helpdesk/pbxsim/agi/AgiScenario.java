package com.helpdesk.pbxsim.agi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a scripted caller does, in order: at each prompt that waits for keys ({@code GET DATA}) it
 * presses keys, stays silent, or hangs up; at each recording ({@code RECORD FILE}) it speaks for a
 * while and presses {@code #}, or hangs up. Everything else the IVR sends (prompts, sayings,
 * variables) is answered as Asterisk answers it without consuming a step.
 *
 * <pre>{@code
 * AgiScenario.caller()
 *     .press("language", "2")
 *     .press("main-menu", "1")
 *     .silence("choose-product-line")
 *     .press("choose-product-line", "1")
 *     .speak(Duration.ofSeconds(12))
 *     .press("confirm-recording", "1");
 * }</pre>
 */
public final class AgiScenario {

    /** How Asterisk tells the AGI script the caller is gone. */
    public enum Hangup {
        /** A {@code HANGUP} line, then {@code 200 result=-1} for the command that was running. */
        HANGUP_LINE,
        /** {@code 511} for the command: the channel was already dead. */
        DEAD_CHANNEL
    }

    /** One thing the caller does. {@code prompt} is matched against the end of the sound file's name. */
    public sealed interface Step {

        String prompt();
    }

    /** Keys pressed; a trailing {@code #} ends the input at once, as on a phone. */
    public record Press(String prompt, String keys) implements Step {
    }

    /** Nothing pressed: the IVR's wait times out. */
    public record Silence(String prompt) implements Step {
    }

    /** The caller hangs up while the prompt plays. */
    public record HangUp(String prompt, Hangup how) implements Step {
    }

    /** The caller speaks for {@code length} and presses {@code #}; {@code prompt} matches the recording's file. */
    public record Speak(String prompt, Duration length) implements Step {
    }

    /** The caller hangs up while being recorded. */
    public record HangUpWhileRecording(String prompt) implements Step {
    }

    private final List<Step> steps;

    private AgiScenario(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public static AgiScenario caller() {
        return new AgiScenario(List.of());
    }

    public AgiScenario press(String prompt, String keys) {
        return then(new Press(prompt, Objects.requireNonNull(keys)));
    }

    public AgiScenario silence(String prompt) {
        return then(new Silence(prompt));
    }

    public AgiScenario hangUpAt(String prompt) {
        return then(new HangUp(prompt, Hangup.HANGUP_LINE));
    }

    public AgiScenario hangUpAt(String prompt, Hangup how) {
        return then(new HangUp(prompt, how));
    }

    /** Speaks into any recording. */
    public AgiScenario speak(Duration length) {
        return then(new Speak("", length));
    }

    public AgiScenario hangUpWhileRecording() {
        return then(new HangUpWhileRecording(""));
    }

    /**
     * A scenario written on one line, for command lines and demo scripts: steps separated by
     * {@code ;}, each {@code prompt=keys}, {@code prompt=~} (silence), {@code prompt=!} (hang up)
     * or {@code speak=<seconds>}. Example: {@code language=2;main-menu=1;identify=0;speak=10}.
     */
    public static AgiScenario parse(String script) {
        AgiScenario scenario = caller();
        for (String step : script.split(";")) {
            String[] parts = step.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("not a step: " + step);
            }
            scenario = switch (parts[1]) {
                case "~" -> scenario.silence(parts[0]);
                case "!" -> scenario.hangUpAt(parts[0]);
                default -> parts[0].equals("speak") ? scenario.speak(Duration.ofSeconds(Long.parseLong(parts[1])))
                        : scenario.press(parts[0], parts[1]);
            };
        }
        return scenario;
    }

    public List<Step> steps() {
        return steps;
    }

    private AgiScenario then(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new AgiScenario(more);
    }
}
