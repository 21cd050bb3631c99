package com.helpdesk.tenantadmin;

/** No tenant has the given slug; answered with 404. */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String slug) {
        super("Vendor '" + slug + "' was not found.");
    }
}
