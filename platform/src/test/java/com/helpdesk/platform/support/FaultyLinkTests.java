package com.helpdesk.platform.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault tests' link does what they rely on, against a small echo server. */
class FaultyLinkTests {

    private ServerSocket echo;
    private FaultyLink link;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0);
        Thread.ofVirtual().start(this::serveEcho);
        link = FaultyLink.to("echo", "127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        link.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket client = new Socket("127.0.0.1", link.port())) {
            assertThat(roundTrip(client, "ping")).isEqualTo("ping");
            await().atMost(Duration.ofSeconds(5)).until(() -> link.connections() == 1);
        }
    }

    @Test
    void aCutClosesOpenConnectionsAndRefusesNewOnesUntilRestored() throws IOException {
        try (Socket before = new Socket("127.0.0.1", link.port())) {
            assertThat(roundTrip(before, "one")).isEqualTo("one");

            link.cut();

            assertThat(link.isCut()).isTrue();
            assertThat(readAfterCut(before)).as("the open connection ends").isNull();
            assertThatThrownBy(() -> new Socket("127.0.0.1", link.port()).close())
                .isInstanceOf(ConnectException.class);
        }

        link.restore();

        try (Socket after = new Socket("127.0.0.1", link.port())) {
            assertThat(roundTrip(after, "two")).isEqualTo("two");
        }
    }

    @Test
    void dropsConnectionsButGoesOnAccepting() throws IOException {
        try (Socket before = new Socket("127.0.0.1", link.port())) {
            assertThat(roundTrip(before, "one")).isEqualTo("one");
            await().atMost(Duration.ofSeconds(5)).until(() -> link.connections() == 1);

            link.dropConnections();

            assertThat(readAfterCut(before)).isNull();
        }
        try (Socket after = new Socket("127.0.0.1", link.port())) {
            assertThat(roundTrip(after, "two")).isEqualTo("two");
        }
    }

    private static String roundTrip(Socket socket, String line) throws IOException {
        socket.setSoTimeout(5_000);
        new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8).println(line);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** What a connection reads once the link is cut: end of stream (null), or a reset, which counts the same. */
    private static String readAfterCut(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        try {
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        }
        catch (java.net.SocketException reset) {
            return null;
        }
    }

    private void serveEcho() {
        while (!echo.isClosed()) {
            try {
                Socket accepted = echo.accept();
                Thread.ofVirtual().start(() -> echoLines(accepted));
            }
            catch (IOException e) {
                return; // closed at the end of the test
            }
        }
    }

    private static void echoLines(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
            }
        }
        catch (IOException e) {
            // the link was cut under it: what the test wants
        }
    }
}
