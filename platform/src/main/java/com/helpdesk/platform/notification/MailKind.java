package com.helpdesk.platform.notification;

import java.util.Arrays;
import java.util.Optional;

/** The e-mails the platform sends; each has a template per tenant and language. */
public enum MailKind {
    /** A promise is about to break, broke, or the ticket escalated: to the assignee and supervisors. */
    ESCALATION("escalation"),
    /** A ticket offered to a service partner: to the partner's mail address. */
    DISPATCH_OFFER("dispatch-offer"),
    /** The customer's link to the satisfaction survey. */
    SURVEY_LINK("survey-link");

    private final String value;

    MailKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static Optional<MailKind> of(String value) {
        return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
    }
}
