package com.helpdesk.telephony.ivr;

import java.time.Duration;
import java.util.Objects;

/**
 * What the caller said, recorded by Asterisk ({@code RECORD FILE}) on its own disk.
 *
 * @param file   the file name without extension, as Asterisk was told to write it
 * @param format the extension Asterisk added, e.g. wav
 * @param length how long the recording is
 */
public record Recording(String file, String format, Duration length) {

    public Recording {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(length, "length");
    }

    /** Where the recording is, for whoever fetches it from the PBX later. */
    public String storageRef() {
        return "asterisk-recording:" + file + "." + format;
    }

    /** The file name without its folders, e.g. {@code 1700000000.12-fault-1.wav}. */
    public String fileName() {
        return file.substring(file.lastIndexOf('/') + 1) + "." + format;
    }
}
