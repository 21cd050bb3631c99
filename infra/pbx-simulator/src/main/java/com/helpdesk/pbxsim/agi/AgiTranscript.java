package com.helpdesk.pbxsim.agi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that happened on one simulated AGI call.
 *
 * @param exchanges      each command with Asterisk's answer, in order
 * @param variables      the channel variables when the IVR let go (what the dialplan goes on with)
 * @param callerHungUp   the scripted caller hung up
 * @param ivrHungUp      the IVR sent {@code HANGUP}
 * @param problems       what went against the script: an unexpected prompt, a step never reached
 */
public record AgiTranscript(List<Exchange> exchanges, Map<String, String> variables, boolean callerHungUp,
        boolean ivrHungUp, List<String> problems) {

    /**
     * One command.
     *
     * @param roundTrip from the previous command's arrival (or the environment's sending) to this
     *                  command's: one exchange with the IVR, its work included, as the PBX sees it
     */
    public record Exchange(AgiCommand command, String reply, Duration roundTrip) {
    }

    public AgiTranscript {
        exchanges = List.copyOf(exchanges);
        variables = Map.copyOf(variables);
        problems = List.copyOf(problems);
    }

    /** The sound files played or asked with, in order ({@code STREAM FILE}, {@code GET DATA}). */
    public List<String> prompts() {
        return exchanges.stream()
            .filter(e -> e.command().verb().equals("STREAM FILE") || e.command().verb().equals("GET DATA"))
            .map(e -> e.command().arg(0))
            .toList();
    }

    /** Whether a prompt ending in {@code name} was played or asked with. */
    public boolean heard(String name) {
        return prompts().stream().anyMatch(p -> AgiClientSession.matches(p, name));
    }

    /** The arguments of each command with this verb, e.g. the digits of every {@code SAY DIGITS}. */
    public List<String> argumentsOf(String verb) {
        return exchanges.stream().filter(e -> e.command().verb().equals(verb)).map(e -> e.command().arg(0)).toList();
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public List<Duration> roundTrips() {
        return exchanges.stream().map(Exchange::roundTrip).toList();
    }
}
