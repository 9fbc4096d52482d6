package org.blohub.crypto.note;

import java.util.Base64;

/** Standard base64 (RFC 4648 §4) with padding, refusing the non-canonical forms Java's decoder tolerates. */
final class StrictBase64 {

    private StrictBase64() {
    }

    static byte[] decode(String text, String what) throws NoteFormatException {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException(what + " is not valid base64", e);
        }
        if (!Base64.getEncoder().encodeToString(decoded).equals(text)) {
            throw new NoteFormatException(what + " is not canonical padded base64");
        }
        return decoded;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
