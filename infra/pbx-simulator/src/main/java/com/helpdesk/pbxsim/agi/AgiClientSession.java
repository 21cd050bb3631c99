package com.helpdesk.pbxsim.agi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.helpdesk.pbxsim.agi.AgiScenario.HangUp;
import com.helpdesk.pbxsim.agi.AgiScenario.HangUpWhileRecording;
import com.helpdesk.pbxsim.agi.AgiScenario.Hangup;
import com.helpdesk.pbxsim.agi.AgiScenario.Press;
import com.helpdesk.pbxsim.agi.AgiScenario.Silence;
import com.helpdesk.pbxsim.agi.AgiScenario.Speak;
import com.helpdesk.pbxsim.agi.AgiScenario.Step;

/**
 * Asterisk's side of one AGI call: answers each command with the lines Asterisk 20 sends
 * ({@code ASTERISK-NOTES.md}), taking the caller's keys, silences and hang-ups from the script.
 * A prompt the script did not expect is noted as a problem and answered by hanging up, so a
 * test fails with a reason instead of a caller stuck in a menu.
 */
final class AgiClientSession {

    static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";
    /** Asterisk's wav: 8 kHz, so {@code endpos} is 8 samples per millisecond. */
    private static final int SAMPLES_PER_MILLI = 8;
    private static final int PROMPT_SAMPLES = 16_000;

    private final AgiCallSetup setup;
    private final Deque<Step> steps;
    private final Map<String, String> variables = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private boolean dead;
    private boolean callerHungUp;
    private boolean ivrHungUp;

    AgiClientSession(AgiCallSetup setup, AgiScenario scenario) {
        this.setup = setup;
        this.steps = new ArrayDeque<>(scenario.steps());
        this.variables.putAll(setup.variables());
    }

    /** The lines Asterisk writes for this command (a hang-up adds a {@code HANGUP} line first). */
    List<String> answer(AgiCommand command) {
        if (dead) {
            return List.of(DEAD);
        }
        return switch (command.verb()) {
            case "ANSWER", "NOOP", "EXEC" -> List.of("200 result=0");
            case "STREAM FILE", "CONTROL STREAM FILE" -> List.of("200 result=0 endpos=" + PROMPT_SAMPLES);
            case "SAY DIGITS", "SAY NUMBER", "SAY DATETIME", "SAY ALPHA", "SAY PHONETIC", "SAY TIME", "SAY DATE" ->
                List.of("200 result=0");
            case "SET VARIABLE" -> {
                variables.put(command.arg(0), command.arg(1));
                yield List.of("200 result=1");
            }
            case "GET VARIABLE" -> variable(command.arg(0));
            case "GET FULL VARIABLE" -> variable(command.arg(0).replaceAll("^\\$\\{(.*)}$", "$1"));
            case "VERBOSE" -> List.of("200 result=1");
            case "HANGUP" -> {
                ivrHungUp = true;
                dead = true;
                yield List.of("200 result=1");
            }
            case "GET DATA" -> getData(command);
            case "RECORD FILE" -> record(command);
            default -> List.of("510 Invalid or unknown command");
        };
    }

    AgiTranscript transcript(List<AgiTranscript.Exchange> exchanges) {
        List<String> all = new ArrayList<>(problems);
        steps.forEach(step -> all.add("never reached: " + step));
        return new AgiTranscript(exchanges, variables, callerHungUp, ivrHungUp, all);
    }

    void problem(String text) {
        problems.add(text);
    }

    static boolean matches(String file, String prompt) {
        return prompt.isEmpty() || file.equals(prompt) || file.endsWith("/" + prompt);
    }

    private List<String> variable(String name) {
        String value = switch (name) {
            case "CHANNEL(linkedid)" -> setup.linkedId();
            case "CHANNEL(uniqueid)" -> setup.uniqueId();
            case "CHANNEL(language)" -> variables.getOrDefault(name, "en");
            default -> variables.get(name);
        };
        return value == null ? List.of("200 result=0") : List.of("200 result=1 (" + value + ")");
    }

    private List<String> getData(AgiCommand command) {
        String file = command.arg(0);
        Step step = steps.peek();
        if (!(step instanceof Press || step instanceof Silence || step instanceof HangUp)
                || !matches(file, step.prompt())) {
            return unexpected("GET DATA " + file, step);
        }
        steps.poll();
        return switch (step) {
            case Press press -> List.of("200 result=" + keyed(press.keys(), maxDigits(command)));
            case HangUp hangUp -> hangUp(hangUp.how(), "200 result=-1");
            default -> List.of("200 result= (timeout)");
        };
    }

    /** As Asterisk's GET DATA: {@code #} ends the input, so do max digits; otherwise the wait times out. */
    private static String keyed(String keys, int maxDigits) {
        int hash = keys.indexOf('#');
        if (hash >= 0) {
            return keys.substring(0, hash);
        }
        if (keys.length() >= maxDigits) {
            return keys.substring(0, maxDigits);
        }
        return keys + " (timeout)";
    }

    private static int maxDigits(AgiCommand command) {
        String max = command.arg(2);
        return max.matches("[0-9]{1,4}") ? Integer.parseInt(max) : 1024;
    }

    private List<String> record(AgiCommand command) {
        String file = command.arg(0);
        Step step = steps.peek();
        if (!(step instanceof Speak || step instanceof HangUpWhileRecording) || !matches(file, step.prompt())) {
            return unexpected("RECORD FILE " + file, step);
        }
        steps.poll();
        if (step instanceof Speak speak) {
            return List.of("200 result=35 (dtmf) endpos=" + speak.length().toMillis() * SAMPLES_PER_MILLI);
        }
        return hangUp(Hangup.HANGUP_LINE, "200 result=-1 (hangup) endpos=" + PROMPT_SAMPLES);
    }

    private List<String> unexpected(String what, Step expected) {
        problems.add("unexpected " + what + (expected == null ? " after the script's last step"
                : " where the script expected " + expected));
        return hangUp(Hangup.HANGUP_LINE, "200 result=-1");
    }

    private List<String> hangUp(Hangup how, String runningCommandResult) {
        callerHungUp = true;
        dead = true;
        return how == Hangup.HANGUP_LINE ? List.of("HANGUP", runningCommandResult) : List.of(DEAD);
    }
}
