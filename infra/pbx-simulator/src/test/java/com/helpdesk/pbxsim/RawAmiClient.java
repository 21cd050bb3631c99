package com.helpdesk.pbxsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A bare AMI client for the tests: writes text as given, reads frames as Asterisk writes them. */
final class RawAmiClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    final String greeting;

    RawAmiClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        greeting = in.readLine();
    }

    void send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next frame; repeated keys (Output) are joined with newlines. Null at the end of the stream. */
    Map<String, String> frame() throws IOException {
        Map<String, String> frame = new LinkedHashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                if (!frame.isEmpty()) {
                    return frame;
                }
                continue;
            }
            int colon = line.indexOf(':');
            frame.merge(line.substring(0, colon), line.substring(colon + 2), (a, b) -> a + "\n" + b);
        }
        return null;
    }

    /** Frames up to and including the first whose {@code key} is {@code value}. */
    List<Map<String, String>> framesUntil(String key, String value) throws IOException {
        List<Map<String, String>> frames = new ArrayList<>();
        Map<String, String> frame;
        while ((frame = frame()) != null) {
            frames.add(frame);
            if (value.equals(frame.get(key))) {
                return frames;
            }
        }
        throw new IOException("stream ended before " + key + ": " + value);
    }

    /** Reads the raw bytes to check line ends. */
    String rawLine() throws IOException {
        return in.readLine();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
