package com.helpdesk.pbxsim.pbx;

/** How a simulated agent phone reacts when it rings for an originated call. */
public enum PhoneBehaviour {
    ANSWER, BUSY, NO_ANSWER
}
