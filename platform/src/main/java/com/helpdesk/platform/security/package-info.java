/**
 * Who is calling: Keycloak tokens turned into a staff member with a tenant and roles; and how
 * much they may call: rate limits per user, per tenant and per address, as token buckets in
 * Redis shared by every node (429 problem details with {@code Retry-After}).
 */
package com.helpdesk.platform.security;
