package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The AMI side of the bridge ({@code helpdesk.telephony.ami.*}); off unless {@code enabled}. Example
 * in the module README.
 *
 * @param enabled           connect at all; off by default so that tests and nodes without a PBX stay quiet
 * @param nodeId            this node's name in the leader lock; defaults to host name and a random suffix
 * @param keepalive         Ping interval; the socket read timeout is three of them, so a dead link
 *                          is noticed even when Asterisk has nothing to say
 * @param responseTimeout   how long an action waits for its response
 * @param reconnectInitial  first delay before reconnecting; doubles per failure up to {@code reconnectMax}
 * @param reconnectMax      the longest delay between reconnect attempts
 * @param leaseTtl          expiry of the Redis lock naming the node that holds a server's connection;
 *                          another node takes over at most this long (plus one renewal period) after
 *                          the holder dies. Renewed every third of it.
 * @param servers           the Asterisk servers
 */
@ConfigurationProperties("helpdesk.telephony.ami")
public record AmiProperties(@DefaultValue("false") boolean enabled, String nodeId,
        @DefaultValue("10s") Duration keepalive, @DefaultValue("2s") Duration responseTimeout,
        @DefaultValue("500ms") Duration reconnectInitial, @DefaultValue("30s") Duration reconnectMax,
        @DefaultValue("15s") Duration leaseTtl, @DefaultValue List<Server> servers) {

    public AmiProperties {
        servers = servers == null ? List.of() : List.copyOf(servers);
        requirePositive(keepalive, "keepalive");
        requirePositive(responseTimeout, "response-timeout");
        requirePositive(reconnectInitial, "reconnect-initial");
        requirePositive(leaseTtl, "lease-ttl");
        if (reconnectMax.compareTo(reconnectInitial) < 0) {
            throw new IllegalArgumentException("helpdesk.telephony.ami.reconnect-max must be >= reconnect-initial");
        }
        Set<String> names = new HashSet<>();
        for (Server server : servers) {
            if (!names.add(server.name())) {
                throw new IllegalArgumentException("helpdesk.telephony.ami.servers: duplicate name " + server.name());
            }
        }
        if (enabled && servers.isEmpty()) {
            throw new IllegalArgumentException("helpdesk.telephony.ami.enabled needs at least one server");
        }
    }

    /** The socket read timeout: above the keepalive interval, so only a dead link trips it. */
    Duration readTimeout() {
        return keepalive.multipliedBy(3);
    }

    Duration leaseRenewal() {
        return leaseTtl.dividedBy(3);
    }

    /**
     * One Asterisk server.
     *
     * @param name             stable name, part of every call's identity ({@code server}, {@code linkedId})
     * @param dids             the hotline numbers (as Asterisk's {@code Exten} shows them) this server
     *                         serves; only their calls are reported. Empty reports every inbound call.
     * @param originateContext dialplan context a click-to-call dials the customer's number in
     * @param agentChannel     the channel that rings an agent's phone, {@code {extension}} replaced
     */
    public record Server(String name, String host, @DefaultValue("5038") int port, String username, String secret,
            @DefaultValue List<String> dids, @DefaultValue("click-to-call") String originateContext,
            @DefaultValue("PJSIP/{extension}") String agentChannel) {

        public Server {
            Objects.requireNonNull(name, "helpdesk.telephony.ami.servers[].name");
            Objects.requireNonNull(host, "helpdesk.telephony.ami.servers[].host");
            Objects.requireNonNull(username, "helpdesk.telephony.ami.servers[].username");
            Objects.requireNonNull(secret, "helpdesk.telephony.ami.servers[].secret");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("helpdesk.telephony.ami.servers[].port must be 1 to 65535");
            }
            dids = dids == null ? List.of() : List.copyOf(dids);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("helpdesk.telephony.ami." + name + " must be positive");
        }
    }
}
