/**
 * The FastAGI IVR: asterisk-java's AGI server running each tenant's menu (language, fault report,
 * ticket status, complaint, agent) against the {@link com.helpdesk.telephony.ivr.IvrBackend} port
 * the platform implements. Only the records of this package's public API leave it.
 */
package com.helpdesk.telephony.ivr;
