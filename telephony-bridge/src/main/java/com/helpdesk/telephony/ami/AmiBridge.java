package com.helpdesk.telephony.ami;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.SmartLifecycle;

import redis.clients.jedis.UnifiedJedis;

import com.helpdesk.telephony.call.CallListener;

/**
 * This node's side of every configured Asterisk server. Started with the application context and
 * stopped (leases released) before it closes, so a rolling restart hands each server over at once.
 */
final class AmiBridge implements SmartLifecycle {

    private final Map<String, ServerLink> links = new LinkedHashMap<>();
    private final String nodeId;
    private volatile boolean running;

    AmiBridge(AmiProperties properties, UnifiedJedis redis, CallListener listener) {
        this.nodeId = properties.nodeId() == null || properties.nodeId().isBlank() ? defaultNodeId()
                : properties.nodeId();
        if (properties.enabled()) {
            for (AmiProperties.Server server : properties.servers()) {
                links.put(server.name(), new ServerLink(properties, server, redis, nodeId, listener));
            }
        }
    }

    @Override
    public void start() {
        links.values().forEach(ServerLink::start);
        running = true;
    }

    @Override
    public void stop() {
        links.values().forEach(ServerLink::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** For tests: as if this node's process died without a word. */
    void abandon() {
        links.values().forEach(ServerLink::abandon);
        running = false;
    }

    Optional<ServerLink> link(String server) {
        return Optional.ofNullable(links.get(server));
    }

    /** The name of the server that answers this hotline, if any. */
    Optional<String> serverServing(String did) {
        return links.entrySet().stream().filter(e -> e.getValue().serves(did)).map(Map.Entry::getKey).findFirst();
    }

    String nodeId() {
        return nodeId;
    }

    private static String defaultNodeId() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        catch (UnknownHostException e) {
            return "node-" + UUID.randomUUID();
        }
    }
}
