package com.helpdesk.telephony.ivr;

import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asteriskjava.fastagi.AgiRequest;

/**
 * The call as Asterisk introduced it in the AGI environment, reduced to what the IVR uses and
 * checked for shape: Caller ID is whatever the caller's network sent (long values, control
 * characters, markup), so anything that is not a plain number counts as withheld.
 *
 * @param did      the dialled hotline: the dialplan's first AGI argument ({@code ${EXTEN}}), else
 *                 the DNID, else the extension; null if none looks like a number
 * @param callerId the caller's number, or null
 * @param uniqueId the channel's unique id, an id for the call when its Linkedid cannot be read
 */
record CallSetup(String did, String callerId, String uniqueId) {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    static CallSetup of(AgiRequest request) {
        String[] arguments = request.getArguments();
        String did = Stream.of(arguments.length > 0 ? arguments[0] : null, request.getDnid(), request.getExtension())
            .filter(CallSetup::isNumber)
            .findFirst()
            .orElse(null);
        String callerId = isNumber(request.getCallerIdNumber()) ? request.getCallerIdNumber() : null;
        String uniqueId = isCallId(request.getUniqueId()) ? request.getUniqueId() : UUID.randomUUID().toString();
        return new CallSetup(did, callerId, uniqueId);
    }

    static boolean isNumber(String value) {
        return value != null && NUMBER.matcher(value).matches();
    }

    /** Asterisk's ids look like {@code 1700000000.42}; anything else is not used in keys and file names. */
    static boolean isCallId(String value) {
        return value != null && CALL_ID.matcher(value).matches();
    }
}
