package com.helpdesk.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP link between the platform under test and one real service (PostgreSQL, Redis,
 * Elasticsearch, the PBX's AMI) that a test can cut and restore, so that an outage is played
 * without stopping a service that others share. The platform is pointed at {@link #port()} instead
 * of the service. Built on netcrusher's in-process proxy.
 */
public final class FaultyLink implements AutoCloseable {

    private final String name;
    private final NioReactor reactor;
    private final TcpCrusher crusher;

    private FaultyLink(String name, NioReactor reactor, TcpCrusher crusher) {
        this.name = name;
        this.reactor = reactor;
        this.crusher = crusher;
    }

    /** A link to {@code host:port}, accepting on a free loopback port from now on. */
    public static FaultyLink to(String name, String host, int port) {
        try (ServerSocket free = new ServerSocket(0)) {
            int local = free.getLocalPort();
            free.close();
            NioReactor reactor = new NioReactor();
            TcpCrusher crusher = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", local)
                .withConnectAddress(host, port)
                .build();
            crusher.open();
            return new FaultyLink(name, reactor, crusher);
        }
        catch (IOException e) {
            throw new UncheckedIOException("no free port for the link to " + name, e);
        }
    }

    /** Where the platform connects instead of the service. */
    public int port() {
        return crusher.getBindAddress().getPort();
    }

    /**
     * The service is gone, as when its host dies: every connection through the link is closed and
     * new ones are refused until {@link #restore()}.
     */
    public void cut() {
        if (crusher.isOpen()) {
            crusher.close();
        }
    }

    /** The service is back: new connections go through again (the ones cut stay cut). */
    public void restore() {
        if (!crusher.isOpen()) {
            crusher.open();
        }
    }

    /** Closes the connections through the link and goes on accepting new ones: a blip. */
    public void dropConnections() {
        crusher.closeAllPairs();
    }

    public boolean isCut() {
        return !crusher.isOpen();
    }

    /** Connections currently open through the link. */
    public int connections() {
        return crusher.isOpen() ? crusher.getClientAddresses().size() : 0;
    }

    @Override
    public void close() {
        cut();
        reactor.close();
    }

    @Override
    public String toString() {
        return "link to " + name + " on " + port() + (isCut() ? " (cut)" : "");
    }
}
