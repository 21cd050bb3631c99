package com.helpdesk.telephony.ami;

import java.util.regex.Pattern;

/** An agent's extension from a channel or queue interface name. */
final class Extensions {

    /** chan_pjsip and chan_sip name channels {@code <tech>/<endpoint>-<8 hex digits>}. */
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("-[0-9a-fA-F]{8}(;\\d)?$");

    private Extensions() {
    }

    /**
     * {@code PJSIP/1001-0000000a} and {@code PJSIP/1001} give {@code 1001}; a Local member interface
     * {@code Local/1001@agents/n} gives {@code 1001} too.
     */
    static String of(String channelOrInterface) {
        String name = channelOrInterface == null ? "" : channelOrInterface.trim();
        int slash = name.indexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        name = CHANNEL_SUFFIX.matcher(name).replaceFirst("");
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int path = name.indexOf('/');
        return path >= 0 ? name.substring(0, path) : name;
    }
}
