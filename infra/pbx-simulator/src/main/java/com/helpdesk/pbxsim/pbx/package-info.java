/** The simulated PBX: live channels and bridges, and scripted calls raising Asterisk 20's event sequences. */
package com.helpdesk.pbxsim.pbx;
