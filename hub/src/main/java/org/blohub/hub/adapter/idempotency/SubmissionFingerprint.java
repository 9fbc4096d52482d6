package org.blohub.hub.adapter.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.blohub.hub.pipeline.AttachmentIntake;

/** SHA-256 fingerprints of what was submitted, so that a repeated key can be told from a reused one. */
public final class SubmissionFingerprint {

    private SubmissionFingerprint() {
    }

    public static String of(String body) {
        return hex(digest().digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The message part, then each file's name, media type and content: a repeat must carry the same files. */
    public static String of(String body, List<AttachmentIntake.Upload> uploads) throws IOException {
        MessageDigest digest = digest();
        digest.update(of(body).getBytes(StandardCharsets.US_ASCII));
        byte[] buffer = new byte[64 * 1024];
        for (AttachmentIntake.Upload upload : uploads) {
            MessageDigest file = digest();
            try (InputStream content = upload.content().getInputStream()) {
                for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                    file.update(buffer, 0, read);
                }
            }
            digest.update(("\n" + upload.name() + "\n" + upload.mediaType() + "\n" + hex(file.digest()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IdempotencyException("SHA-256 is not available in this JVM", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
