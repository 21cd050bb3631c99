/**
 * The Asterisk side of the help-desk: the AMI connection and the call tracking built on it, the
 * FastAGI IVR and originate (click-to-call). No asterisk-java type leaves this module: the
 * platform sees calls as the records of {@link com.helpdesk.telephony.call} and implements the
 * ports this module calls.
 */
package com.helpdesk.telephony;
