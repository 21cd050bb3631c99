package com.helpdesk.pbxsim.ami;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One AMI message: ordered {@code Key: Value} lines ended by a blank line. Keys repeat (e.g.
 * {@code Variable}, {@code Output}) and are matched case-insensitively, as Asterisk does: asterisk-java
 * writes {@code action:} and {@code actionid:} in lower case.
 */
public final class AmiFrame {

    private static final String CRLF = "\r\n";

    private final List<Map.Entry<String, String>> headers;

    private AmiFrame(List<Map.Entry<String, String>> headers) {
        this.headers = List.copyOf(headers);
    }

    public static Builder event(String name) {
        return new Builder().add("Event", name);
    }

    public static Builder response(String outcome, String actionId) {
        Builder builder = new Builder().add("Response", outcome);
        if (actionId != null) {
            builder.add("ActionID", actionId);
        }
        return builder;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The first value of {@code key}, or null. */
    public String get(String key) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(key)) {
                return header.getValue();
            }
        }
        return null;
    }

    public String getOrDefault(String key, String fallback) {
        String value = get(key);
        return value == null ? fallback : value;
    }

    /** Every value of a repeated key, in order. */
    public List<String> all(String key) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).toList();
    }

    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The action or event name, lower-cased for dispatch. */
    public String actionName() {
        String action = get("Action");
        return action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
    }

    public byte[] toWire() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> header : headers) {
            text.append(header.getKey()).append(": ").append(header.getValue()).append(CRLF);
        }
        return text.append(CRLF).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(toWire(), StandardCharsets.UTF_8);
    }

    /** Builds a frame; null values are written as empty, as Asterisk prints unset fields. */
    public static final class Builder {

        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        public Builder add(String key, Object value) {
            headers.add(Map.entry(key, value == null ? "" : value.toString()));
            return this;
        }

        public Builder addAll(List<Map.Entry<String, String>> more) {
            headers.addAll(more);
            return this;
        }

        public AmiFrame build() {
            return new AmiFrame(headers);
        }
    }
}
