package com.helpdesk.pbxsim.agi;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Connects to a FastAGI server as Asterisk does for {@code AGI(agi://host:port/ivr,<DID>)} and
 * plays one call to its end: the server closing the connection, which is when Asterisk's dialplan
 * goes on. The answer to each command is flushed at once. A command's round trip runs from the
 * arrival of the one before (or the environment's sending) to its own arrival: Asterisk's answer,
 * the way to the IVR and back, and the IVR's work in between.
 */
public final class FastAgiClient {

    /** A generous bound for the IVR's silence: a wait for a hung test, never a measurement. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** No IVR call sends more; beyond it the IVR is looping and the call is cut. */
    static final int MAX_COMMANDS = 2_000;
    private static final int MAX_LINE = 8192;

    private final String host;
    private final int port;
    private final Duration timeout;

    public FastAgiClient(String host, int port) {
        this(host, port, DEFAULT_TIMEOUT);
    }

    public FastAgiClient(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public AgiTranscript call(AgiCallSetup setup, AgiScenario scenario) throws IOException {
        AgiClientSession session = new AgiClientSession(setup, scenario);
        List<AgiTranscript.Exchange> exchanges = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
            for (String line : setup.environment(host, port)) {
                out.write(line + "\n");
            }
            out.write("\n");
            out.flush();
            long previous = System.nanoTime();
            String line;
            while ((line = readLine(in)) != null) {
                long received = System.nanoTime();
                AgiCommand command = AgiCommand.parse(line);
                List<String> reply = session.answer(command);
                for (String replyLine : reply) {
                    out.write(replyLine + "\n");
                }
                out.flush();
                exchanges.add(new AgiTranscript.Exchange(command, String.join("\n", reply),
                        Duration.ofNanos(received - previous)));
                previous = received;
                if (exchanges.size() >= MAX_COMMANDS) {
                    session.problem("more than " + MAX_COMMANDS + " commands: cut off");
                    break;
                }
            }
        }
        catch (SocketTimeoutException e) {
            session.problem("the IVR sent nothing for " + timeout.toSeconds() + " s");
        }
        return session.transcript(exchanges);
    }

    /** A line without its end; null when the server closed the connection. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                return line.toString();
            }
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }
}
