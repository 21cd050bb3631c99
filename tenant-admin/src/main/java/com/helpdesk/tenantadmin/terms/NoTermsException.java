package com.helpdesk.tenantadmin.terms;

/** The asked-for terms do not exist; answered with 404. */
public class NoTermsException extends RuntimeException {

    public NoTermsException(String message) {
        super(message);
    }
}
