package com.helpdesk.platform.ivr;

import java.util.Optional;

/** The IVR's record of each call it served, kept long enough for the pop and the call log. */
public interface IvrSessions {

    /** The summary of the call's IVR session, if the IVR served it. */
    Optional<IvrSummary> find(String linkedId);
}
