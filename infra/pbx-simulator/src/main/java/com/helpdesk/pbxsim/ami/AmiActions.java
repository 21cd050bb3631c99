package com.helpdesk.pbxsim.ami;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers manager actions the way Asterisk 20's {@code manager.c} does, for the actions a call
 * tracking client uses. {@code ActionID} is echoed exactly as received: asterisk-java prefixes its
 * own internal id ({@code 12_0#user-id}) and matches responses on the whole string.
 */
final class AmiActions {

    static final String VERSION = "20.20.1";

    private final AmiCredentials credentials;
    private final PbxBackend pbx;

    AmiActions(AmiCredentials credentials, PbxBackend pbx) {
        this.credentials = credentials;
        this.pbx = pbx;
    }

    /** @return false when the session must end (Logoff, failed login) */
    boolean handle(AmiSession session, AmiFrame action) {
        String id = action.get("ActionID");
        String name = action.actionName();
        switch (name) {
            case "login" -> {
                return login(session, action, id);
            }
            case "challenge" -> {
                session.challenge(String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)));
                session.send(AmiFrame.response("Success", id).add("Challenge", session.challenge()).build());
                return true;
            }
            case "logoff" -> {
                session.send(AmiFrame.response("Goodbye", id).add("Message", "Thanks for all the fish.").build());
                return false;
            }
            default -> {
                if (!session.authenticated()) {
                    session.send(error(id, "Permission denied"));
                    return true;
                }
                if (name.equals("coreshowchannels") || name.equals("status")) {
                    pbx.exclusive(() -> session.sendAll(afterLogin(session, name, action, id)));
                }
                else {
                    session.sendAll(afterLogin(session, name, action, id));
                }
                return true;
            }
        }
    }

    private List<AmiFrame> afterLogin(AmiSession session, String name, AmiFrame action, String id) {
        return switch (name) {
            case "ping" -> List.of(AmiFrame.response("Success", id).add("Ping", "Pong")
                    .add("Timestamp", timestamp()).build());
            case "coresettings" -> List.of(coreSettings(id));
            case "corestatus" -> List.of(AmiFrame.response("Success", id).add("CoreStartupDate", "2025-01-01")
                    .add("CoreStartupTime", "00:00:00").add("CoreReloadDate", "2025-01-01")
                    .add("CoreReloadTime", "00:00:00").add("CoreCurrentCalls", 0).build());
            case "command" -> List.of(command(action.getOrDefault("Command", ""), id));
            case "events" -> {
                boolean on = !"off".equalsIgnoreCase(action.getOrDefault("EventMask", "on").trim());
                session.eventsOn(on);
                yield List.of(AmiFrame.response("Success", id).add("Events", on ? "On" : "Off").build());
            }
            case "coreshowchannels" -> list(id, "Channels will follow", pbx.coreShowChannels(id),
                    "CoreShowChannelsComplete", "ListItems");
            case "status" -> list(id, "Channel status will follow", pbx.status(id), "StatusComplete", "Items");
            case "originate" -> originate(session, action, id);
            default -> List.of(error(id, "Invalid/unknown command"));
        };
    }

    private boolean login(AmiSession session, AmiFrame action, String id) {
        boolean userOk = credentials.username().equals(action.get("Username"));
        boolean secretOk = "md5".equalsIgnoreCase(action.getOrDefault("AuthType", ""))
                ? md5(session.challenge() + credentials.secret()).equalsIgnoreCase(action.getOrDefault("Key", ""))
                : credentials.secret().equals(action.get("Secret"));
        if (!userOk || !secretOk) {
            // Asterisk ends the session after a failed login (action_login returns -1).
            session.send(error(id, "Authentication failed"));
            return false;
        }
        session.send(AmiFrame.response("Success", id).add("Message", "Authentication accepted").build());
        session.authenticated(true);
        session.eventsOn(!"off".equalsIgnoreCase(action.getOrDefault("Events", "on").trim()));
        session.deliverEvent(AmiFrame.event("FullyBooted").add("Privilege", "system,all")
                .add("Uptime", 120).add("LastReload", 120).add("Status", "Fully Booted").build());
        session.deliverEvent(AmiFrame.event("SuccessfulAuth").add("Privilege", "security,all")
                .add("EventTV", Instant.now()).add("Severity", "Informational").add("Service", "AMI")
                .add("EventVersion", 1).add("AccountID", credentials.username()).add("SessionID", "0x7f00")
                .add("LocalAddress", "IPV4/TCP/127.0.0.1/5038").add("RemoteAddress", "IPV4/TCP/127.0.0.1/40000")
                .add("UsingPassword", 0).add("SessionTV", Instant.now()).build());
        return true;
    }

    private static AmiFrame coreSettings(String id) {
        return AmiFrame.response("Success", id).add("AMIversion", AmiServer.AMI_VERSION)
                .add("AsteriskVersion", VERSION).add("SystemName", "").add("CoreMaxCalls", 0)
                .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk")
                .add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes")
                .add("CoreHTTPenabled", "No").add("SoundsSearchCustomDir", "No").build();
    }

    /** Asterisk 14+ answers Command with one {@code Output:} line per CLI line (no more "Follows"). */
    private static AmiFrame command(String cli, String id) {
        if (cli.trim().equals("core show version")) {
            return AmiFrame.response("Success", id).add("Message", "Command output follows")
                    .add("Output", "Asterisk " + VERSION + " built by pbx-simulator @ localhost on a x86_64 running Linux")
                    .build();
        }
        return AmiFrame.response("Error", id).add("Message", "Command output follows")
                .add("Output", "No such command '" + cli.trim() + "' (type 'core show help " + cli.trim()
                        + "' for other possible commands)")
                .build();
    }

    private static List<AmiFrame> list(String id, String message, List<AmiFrame> items, String completeEvent,
            String countKey) {
        List<AmiFrame> frames = new ArrayList<>();
        frames.add(AmiFrame.response("Success", id).add("EventList", "start").add("Message", message).build());
        frames.addAll(items);
        AmiFrame.Builder complete = AmiFrame.event(completeEvent);
        if (id != null) {
            complete.add("ActionID", id);
        }
        frames.add(complete.add("EventList", "Complete").add(countKey, items.size()).build());
        return frames;
    }

    private List<AmiFrame> originate(AmiSession session, AmiFrame action, String id) {
        if (action.get("Channel") == null || action.get("Channel").isBlank()) {
            return List.of(error(id, "Channel not specified"));
        }
        if (action.get("Exten") == null && action.get("Application") == null) {
            return List.of(error(id, "Exten or Application not specified"));
        }
        boolean async = isTrue(action.get("Async"));
        var placed = pbx.originate(action, id, async);
        if (async) {
            return List.of(AmiFrame.response("Success", id).add("Message", "Originate successfully queued").build());
        }
        // A synchronous Originate answers only once the call is up or has failed.
        placed.thenAccept(ok -> session.send(ok
                ? AmiFrame.response("Success", id).add("Message", "Originate successfully queued").build()
                : error(id, "Originate failed")));
        return List.of();
    }

    private static AmiFrame error(String id, String message) {
        return AmiFrame.response("Error", id).add("Message", message).build();
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes")
                || value.equals("1"));
    }

    private static String timestamp() {
        Instant now = Instant.now();
        return now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
