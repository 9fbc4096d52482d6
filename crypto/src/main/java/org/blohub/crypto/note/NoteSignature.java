package org.blohub.crypto.note;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)}, the em dash being
 * U+2014. {@code signature} is what follows the key ID: 64 bytes for Ed25519, or an 8-byte big-endian
 * timestamp and 64 bytes for a cosignature/v1.
 */
public record NoteSignature(String keyName, NoteKeyId keyId, byte[] signature) {

    static final String LINE_PREFIX = "\u2014 ";

    public NoteSignature {
        signature = signature.clone();
    }

    /** Parses one signature line without its newline. */
    public static NoteSignature parseLine(String line) throws NoteFormatException {
        if (!line.startsWith(LINE_PREFIX)) {
            throw new NoteFormatException("signature line does not start with an em dash and a space");
        }
        String rest = line.substring(LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new NoteFormatException("signature line has no space between key name and signature");
        }
        String name = KeyNameRule.requireValid(rest.substring(0, space), "signature key name");
        byte[] decoded = StrictBase64.decode(rest.substring(space + 1), "signature by " + name);
        if (decoded.length < 5) {
            throw new NoteFormatException("signature by " + name + " is shorter than a key ID and one byte");
        }
        return new NoteSignature(name, NoteKeyId.readFrom(decoded), Arrays.copyOfRange(decoded, 4, decoded.length));
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line as it appears in a signed note, newline included. */
    public String line() {
        byte[] payload = ByteBuffer.allocate(4 + signature.length).put(keyId.bytes()).put(signature).array();
        return LINE_PREFIX + keyName + " " + StrictBase64.encode(payload) + "\n";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that && keyName.equals(that.keyName) && keyId.equals(that.keyId)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * keyName.hashCode() + keyId.hashCode()) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
