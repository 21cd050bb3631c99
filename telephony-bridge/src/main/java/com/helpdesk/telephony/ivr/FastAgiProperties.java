package com.helpdesk.telephony.ivr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FastAGI IVR server, which every platform node runs: Asterisk's dialplan calls
 * {@code AGI(agi://<node>:<port>/ivr,<DID>)} on any of them.
 *
 * @param enabled        off unless set: a node without Asterisk in front of it listens on nothing
 * @param bindAddress    loopback by default; a site with Asterisk on another host binds the node's address
 * @param port           4573, FastAGI's usual port; 0 takes any free port (tests)
 * @param poolSize       threads kept for calls; one call holds one thread while it is in the IVR
 * @param maxPoolSize    calls in the IVR at once; a call beyond it is refused and the dialplan goes on
 * @param readTimeout    how long Asterisk may stay silent on a connection (a recording is the longest wait)
 * @param recordingDir   where Asterisk writes what callers record, on the Asterisk host
 * @param unknownLine    played when the dialled number is nobody's (no tenant, so no tenant's prompt)
 * @param unavailable    played when the help-desk cannot be asked which tenant the line is (database down)
 */
@ConfigurationProperties("helpdesk.telephony.agi")
public record FastAgiProperties(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String bindAddress,
        @DefaultValue("4573") int port, @DefaultValue("10") int poolSize, @DefaultValue("200") int maxPoolSize,
        @DefaultValue("5m") Duration readTimeout,
        @DefaultValue("/var/spool/asterisk/helpdesk-ivr") String recordingDir,
        @DefaultValue("helpdesk/unknown-line") String unknownLine,
        @DefaultValue("helpdesk/unavailable") String unavailable) {

    public FastAgiProperties {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("helpdesk.telephony.agi.port must be 0 to 65535");
        }
        if (poolSize < 1 || maxPoolSize < poolSize) {
            throw new IllegalArgumentException("helpdesk.telephony.agi: need 1 <= pool-size <= max-pool-size");
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("helpdesk.telephony.agi.read-timeout must be positive");
        }
        if (!recordingDir.matches("[A-Za-z0-9_./-]{1,200}") || recordingDir.contains("..")) {
            throw new IllegalArgumentException("helpdesk.telephony.agi.recording-dir must be a plain path");
        }
    }
}
