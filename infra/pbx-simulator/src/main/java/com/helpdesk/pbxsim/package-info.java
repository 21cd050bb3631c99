/**
 * A simulated Asterisk 20 PBX: AMI server over TCP and scripted call scenarios that emit the
 * event sequences a real Asterisk emits. Used by the telephony-bridge tests and the demo.
 */
package com.helpdesk.pbxsim;
