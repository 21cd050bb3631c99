package com.helpdesk.platform.ticket;

import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;

/**
 * An attachment's metadata as a client registers it after storing the bytes (photos of the
 * nameplate, the customer's invoice). The hash lets anyone check the stored file later.
 */
public record AttachmentDraft(String fileName, String contentType, Long sizeBytes, String sha256, String storageRef) {

    static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    Checked check(Violations violations) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            violations.add("fileName", "is required, at most 255 characters");
        }
        else if (fileName.contains("/") || fileName.contains("\\") || fileName.chars().anyMatch(Character::isISOControl)) {
            violations.add("fileName", "must be a plain file name, without folders or control characters");
        }
        if (contentType == null || !CONTENT_TYPE.matcher(contentType).matches() || contentType.length() > 255) {
            violations.add("contentType", "must be a media type such as image/jpeg");
        }
        if (sizeBytes == null || sizeBytes < 0 || sizeBytes > MAX_BYTES) {
            violations.add("sizeBytes", "must be between 0 and " + MAX_BYTES);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            violations.add("sha256", "must be the file's SHA-256 as 64 lower-case hex digits");
        }
        if (storageRef == null || storageRef.isBlank() || storageRef.length() > 1000) {
            violations.add("storageRef", "is required: where the file is stored, at most 1000 characters");
        }
        return new Checked(fileName == null ? null : fileName.strip(), contentType, sizeBytes == null ? 0 : sizeBytes,
                sha256, storageRef);
    }

    /**
     * A call recording Asterisk wrote on its own host, registered by reference: nobody has hashed
     * the bytes yet, so {@code sha256} is null (V8 allows it for such references).
     */
    public static Checked pbxRecording(String fileName, String contentType, long sizeBytes, String storageRef) {
        return new Checked(fileName, contentType, sizeBytes, null, storageRef);
    }

    public record Checked(String fileName, String contentType, long sizeBytes, String sha256, String storageRef) {
    }
}
