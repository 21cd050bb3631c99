/**
 * The AMI connection to each Asterisk server (asterisk-java), held by one platform node at a time
 * through a Redis lease, and the call tracking built on its events. Nothing of asterisk-java leaves
 * this package: the platform sees {@link com.helpdesk.telephony.call} records only.
 */
package com.helpdesk.telephony.ami;
