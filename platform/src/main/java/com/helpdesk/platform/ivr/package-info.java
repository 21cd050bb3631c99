/**
 * The platform's side of the IVR: what the FastAGI menu asks of the help-desk (the tenant of a
 * hotline, the caller, opening tickets and complaints, ticket status) and its record of each session.
 */
package com.helpdesk.platform.ivr;
