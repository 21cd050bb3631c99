package com.helpdesk.platform.web;

/**
 * Something named in the request does not exist for the caller's tenant. Another tenant's
 * records are reported the same way, so that their existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
