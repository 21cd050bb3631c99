/**
 * Calls as the rest of the product sees them, correlated across their legs by Asterisk's
 * {@code Linkedid}: who rang, which agents' phones rang, who answered, how it ended. The bridge
 * reports them to a {@link com.helpdesk.telephony.call.CallListener} the platform implements.
 */
package com.helpdesk.telephony.call;
