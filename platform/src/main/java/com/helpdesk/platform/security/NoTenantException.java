package com.helpdesk.platform.security;

/** Tenant-scoped work was asked for by someone who has no active tenant; answered with 403. */
public class NoTenantException extends RuntimeException {

    public NoTenantException(String message) {
        super(message);
    }
}
