package com.helpdesk.tenantadmin;

/**
 * The identity provider's view of tenants: each tenant is an organization whose alias is the
 * tenant's slug, and tokens name it. Implemented by the platform against Keycloak.
 */
public interface OrganizationRegistry {

    /** Creates the organization; succeeds quietly when one with this alias already exists. */
    void ensureOrganization(String alias, String name);

    /** A disabled organization's members get no organization claim, so no tenant. */
    void setEnabled(String alias, boolean enabled);
}
