package com.helpdesk.telephony.ivr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiNetworkException;
import org.asteriskjava.fastagi.command.AgiCommand;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.GetDataCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.command.SayDateTimeCommand;
import org.asteriskjava.fastagi.command.SayDigitsCommand;
import org.asteriskjava.fastagi.command.SayNumberCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;

import com.helpdesk.telephony.ivr.IvrMenu.Prompt;

/**
 * The call as the menus use it: a handful of AGI commands, with every way Asterisk says "the
 * caller is gone" turned into {@link CallerHungUp}. asterisk-java throws {@link AgiHangupException}
 * for a {@code 511} reply; a command that was running when the caller hung up answers
 * {@code result=-1} instead, which asterisk-java passes through, so that is checked here too.
 */
final class CallLine {

    static final String RECORDING_FORMAT = "wav";
    /** Asterisk's wav is 8 kHz signed linear: {@code endpos} counts samples. */
    private static final int SAMPLES_PER_MILLI = 8;
    private static final String HUNG_UP = "-1";

    private final AgiChannel channel;

    CallLine(AgiChannel channel) {
        this.channel = channel;
    }

    void answer() {
        send(new AnswerCommand(), "answer");
    }

    void play(Prompt prompt) {
        checked(send(new StreamFileCommand(prompt.sound(), ""), prompt.sound()), prompt.sound());
    }

    /** Plays the prompt and collects up to {@code maxDigits} keys; {@code #} ends the input early. */
    Keys ask(Prompt prompt, Duration timeout, int maxDigits) {
        AgiReply reply = checked(send(new GetDataCommand(prompt.sound(), timeout.toMillis(), maxDigits),
                prompt.sound()), prompt.sound());
        return new Keys(reply.getResult());
    }

    void sayDigits(String digits) {
        checked(send(new SayDigitsCommand(digits), "say digits"), "say digits");
    }

    void sayNumber(long number) {
        checked(send(new SayNumberCommand(Long.toString(number)), "say number"), "say number");
    }

    /** Weekday, day, month, hour and minute, in the caller's language (set on the channel). */
    void sayDateTime(Instant at, ZoneId zone) {
        checked(send(new SayDateTimeCommand(at.getEpochSecond(), "", "AdBHM", zone.getId()), "say date"),
                "say date");
    }

    Optional<String> variable(String name) {
        AgiReply reply = send(new GetVariableCommand(name), "get variable");
        return reply.getResultCode() == 1 ? Optional.ofNullable(reply.getExtra()) : Optional.empty();
    }

    void set(String name, String value) {
        send(new SetVariableCommand(name, value), "set variable");
    }

    /**
     * Records after a beep until {@code #}, {@code silence} of silence, or {@code max}; answers
     * how long the recording is.
     */
    Duration record(String file, Duration max, Duration silence) {
        AgiReply reply = checked(send(new RecordFileCommand(file, RECORDING_FORMAT, "#", (int) max.toMillis(), 0,
                true, (int) silence.toSeconds()), "record"), "record");
        String endpos = reply.getAttribute("endpos");
        long samples = endpos == null || !endpos.matches("[0-9]{1,12}") ? 0 : Long.parseLong(endpos);
        return Duration.ofMillis(samples / SAMPLES_PER_MILLI);
    }

    void hangup() {
        send(new HangupCommand(), "hangup");
    }

    private static AgiReply checked(AgiReply reply, String where) {
        if (HUNG_UP.equals(reply.getResult())) {
            throw new CallerHungUp(where);
        }
        return reply;
    }

    private AgiReply send(AgiCommand command, String where) {
        try {
            return channel.sendCommand(command);
        }
        catch (AgiHangupException | AgiNetworkException e) {
            throw new CallerHungUp(where);
        }
        catch (AgiException e) {
            // Asterisk refused a command we built: a bug here, not something the caller did.
            throw new IllegalStateException("Asterisk refused " + command.buildCommand(), e);
        }
    }
}
