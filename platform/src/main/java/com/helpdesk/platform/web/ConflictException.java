package com.helpdesk.platform.web;

/**
 * The request is well formed but the record's state does not allow it (a closed ticket cannot be
 * dispatched); answered with 409 and the reason, so the client can tell the user what to do.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
