package com.helpdesk.telephony.ami;

/**
 * OriginateResponse's {@code Reason} is the last control frame Asterisk read from the originated
 * channel ({@code AST_CONTROL_*} in frame.h), not a hangup cause.
 */
final class OriginateReasons {

    private OriginateReasons() {
    }

    static String describe(Integer reason) {
        if (reason == null) {
            return "unknown";
        }
        return switch (reason) {
            case 0 -> "failed (no such channel or extension)";
            case 1 -> "hung up";
            case 3 -> "no answer";
            case 4 -> "answered";
            case 5 -> "busy";
            case 8 -> "congestion";
            default -> "reason " + reason;
        };
    }
}
