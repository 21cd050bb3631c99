package com.helpdesk.pbxsim.pbx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A live channel of the simulated PBX: what Asterisk prints as a channel snapshot in every
 * channel-related event. Mutated only by {@link Pbx}, under its lock.
 */
public final class SimChannel {

    private final String name;
    private final String uniqueId;
    private final String linkedId;
    private final Instant createdAt;
    private int state;
    private String callerIdNum;
    private String callerIdName;
    private String connectedLineNum = "";
    private String connectedLineName = "";
    private String context;
    private String exten;
    private int priority = 1;
    private String application = "";
    private String applicationData = "";
    private String bridgeId = "";

    SimChannel(String name, String uniqueId, String linkedId, int state, String callerIdNum, String callerIdName,
            String context, String exten, Instant createdAt) {
        this.name = name;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.state = state;
        this.callerIdNum = callerIdNum;
        this.callerIdName = callerIdName;
        this.context = context;
        this.exten = exten;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public String uniqueId() {
        return uniqueId;
    }

    public String linkedId() {
        return linkedId;
    }

    /**
     * The snapshot lines, in Asterisk's order, with {@code prefix} for the second party of an event
     * ({@code Dest}, {@code Transferer}, {@code Transferee}). Asterisk prints empty Caller ID and
     * connected line fields as {@code <unknown>}: clients must not take that for a number.
     */
    synchronized List<Map.Entry<String, String>> snapshot(String prefix) {
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        lines.add(Map.entry(prefix + "Channel", name));
        lines.add(Map.entry(prefix + "ChannelState", String.valueOf(state)));
        lines.add(Map.entry(prefix + "ChannelStateDesc", stateDescription(state)));
        lines.add(Map.entry(prefix + "CallerIDNum", orUnknown(callerIdNum)));
        lines.add(Map.entry(prefix + "CallerIDName", orUnknown(callerIdName)));
        lines.add(Map.entry(prefix + "ConnectedLineNum", orUnknown(connectedLineNum)));
        lines.add(Map.entry(prefix + "ConnectedLineName", orUnknown(connectedLineName)));
        lines.add(Map.entry(prefix + "Language", "en"));
        lines.add(Map.entry(prefix + "AccountCode", ""));
        lines.add(Map.entry(prefix + "Context", context));
        lines.add(Map.entry(prefix + "Exten", exten));
        lines.add(Map.entry(prefix + "Priority", String.valueOf(priority)));
        lines.add(Map.entry(prefix + "Uniqueid", uniqueId));
        lines.add(Map.entry(prefix + "Linkedid", linkedId));
        return lines;
    }

    synchronized List<Map.Entry<String, String>> listing(Instant now) {
        List<Map.Entry<String, String>> lines = new ArrayList<>(snapshot(""));
        lines.add(Map.entry("BridgeId", bridgeId));
        lines.add(Map.entry("Application", application));
        lines.add(Map.entry("ApplicationData", applicationData));
        long seconds = Duration.between(createdAt, now).toSeconds();
        lines.add(Map.entry("Duration", String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)));
        return lines;
    }

    synchronized String bridgeId() {
        return bridgeId;
    }

    synchronized String application() {
        return application;
    }

    synchronized String applicationData() {
        return applicationData;
    }

    synchronized int state() {
        return state;
    }

    synchronized String callerIdNum() {
        return callerIdNum;
    }

    synchronized String callerIdName() {
        return callerIdName;
    }

    synchronized long ageSeconds(Instant now) {
        return Duration.between(createdAt, now).toSeconds();
    }

    synchronized void state(int value) {
        state = value;
    }

    synchronized void dialplan(String newContext, String newExten, int newPriority, String app, String data) {
        context = newContext;
        exten = newExten;
        priority = newPriority;
        application = app;
        applicationData = data;
    }

    synchronized void connectedLine(String num, String nameText) {
        connectedLineNum = num;
        connectedLineName = nameText;
    }

    synchronized void bridge(String id) {
        bridgeId = id;
    }

    static String stateDescription(int state) {
        return switch (state) {
            case 0 -> "Down";
            case 1 -> "Rsrvd";
            case 2 -> "OffHook";
            case 3 -> "Dialing";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            case 7 -> "Busy";
            default -> "Unknown";
        };
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "<unknown>" : value;
    }
}
