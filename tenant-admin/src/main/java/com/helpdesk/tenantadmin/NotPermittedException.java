package com.helpdesk.tenantadmin;

/** The caller's role does not allow the action; answered with 403. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
