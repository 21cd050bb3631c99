package com.helpdesk.telephony.ivr;

/**
 * A number looked up among the tenant's customers.
 *
 * @param e164   the number in E.164, or null when it is not a valid number
 * @param caller the one customer who has it, or null (nobody, or several sharing it)
 */
public record NumberMatch(String e164, IvrCaller caller) {

    public static NumberMatch none() {
        return new NumberMatch(null, null);
    }

    public boolean found() {
        return caller != null;
    }
}
