package com.helpdesk.pbxsim.ami;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads AMI frames from a client. Tolerates LF as well as CRLF line ends and skips lines without a
 * colon, as Asterisk's manager does, so a sloppy client is answered rather than cut off.
 */
final class AmiFrameReader {

    /** Asterisk refuses absurd lines; so do we, instead of growing a buffer without bound. */
    private static final int MAX_LINE = 8192;

    private final InputStream in;

    AmiFrameReader(InputStream in) {
        this.in = in;
    }

    /** The next frame, or null at the end of the stream. */
    AmiFrame next() throws IOException {
        AmiFrame.Builder frame = AmiFrame.builder();
        boolean any = false;
        while (true) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                if (any) {
                    return frame.build();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                // Only the blank after the colon goes: values such as ActionID are echoed byte for byte.
                frame.add(line.substring(0, colon).trim(), line.substring(colon + 1).stripLeading());
                any = true;
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                return trimCr(line.toString(StandardCharsets.UTF_8));
            }
            if (line.size() < MAX_LINE) {
                line.write(b);
            }
        }
        return line.size() == 0 ? null : trimCr(line.toString(StandardCharsets.UTF_8));
    }

    private static String trimCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
