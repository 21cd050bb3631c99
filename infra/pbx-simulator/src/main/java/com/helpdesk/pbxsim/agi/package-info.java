/**
 * A FastAGI client playing Asterisk's side of an AGI call: it connects to the IVR, sends the
 * {@code agi_*} environment, and answers every command as Asterisk 20 does, with the keys, silences
 * and hang-ups of a scripted caller. Each command and its answer are recorded, with the time the
 * IVR took to send it, so tests can assert what the caller heard and benchmarks can time it.
 */
package com.helpdesk.pbxsim.agi;
