/** The Asterisk Manager Interface as a TCP server: frames, login, the actions a call-tracking client sends. */
package com.helpdesk.pbxsim.ami;
