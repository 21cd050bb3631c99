package com.helpdesk.telephony.ivr;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.asteriskjava.util.SocketConnectionFacade;

/**
 * One FastAGI connection for asterisk-java's reader and writer. Ours rather than asterisk-java's
 * own (whose constructor from a socket is not public) so that the server can listen on a socket
 * it bound itself, and so that a line is bounded: whatever connects to the AGI port cannot make
 * the IVR buffer an endless line.
 */
final class AgiSocket implements SocketConnectionFacade {

    static final int MAX_LINE = 8192;

    private final Socket socket;
    private final BufferedReader reader;
    private final BufferedWriter writer;

    AgiSocket(Socket socket, int readTimeoutMillis) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(readTimeoutMillis);
        this.reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** The next line without its end ({@code \n} or {@code \r\n}); null at the end of the stream. */
    @Override
    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return stripCarriageReturn(line);
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("AGI line longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : stripCarriageReturn(line);
    }

    @Override
    public void write(String s) throws IOException {
        writer.write(s);
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }

    private static String stripCarriageReturn(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
