package org.blohub.crypto.note;

import java.util.Arrays;

/**
 * The signer key string of golang.org/x/mod/sumdb/note:
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type || 32-byte Ed25519 seed)>}.
 */
record SignerKeyText(String name, NoteKeyId keyId, SignatureType type, byte[] seed) {

    private static final String PREFIX = "PRIVATE+KEY+";

    static SignerKeyText parse(String encoded) throws NoteFormatException {
        if (!encoded.startsWith(PREFIX)) {
            throw new NoteFormatException("signer key does not start with PRIVATE+KEY+");
        }
        // The base64 key material may itself contain '+', so only the first two separators split.
        String[] parts = encoded.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteFormatException("signer key must have five parts separated by '+'");
        }
        String name = KeyNameRule.requireValid(parts[0], "signer key name");
        NoteKeyId keyId = NoteVerifierKey.parseKeyId(parts[1], "signer key " + name);
        byte[] material = StrictBase64.decode(parts[2], "signer key " + name + " key material");
        SignatureType type = NoteVerifierKey.typeOf(material, "signer key " + name);
        byte[] seed = Arrays.copyOfRange(material, 1, material.length);
        Arrays.fill(material, (byte) 0);
        if (seed.length != Ed25519Keys.KEY_LENGTH) {
            throw new NoteFormatException("signer key " + name + " has a " + seed.length
                    + "-byte seed, not " + Ed25519Keys.KEY_LENGTH);
        }
        NoteKeyId computed = NoteKeyId.compute(name, type, Ed25519Keys.publicKey(seed));
        if (!computed.equals(keyId)) {
            throw new NoteFormatException("signer key " + name + " claims key ID " + keyId
                    + " but its name, type and key give " + computed);
        }
        return new SignerKeyText(name, keyId, type, seed);
    }

    static String encode(String name, NoteKeyId keyId, SignatureType type, byte[] seed) {
        return PREFIX + name + "+" + keyId.hex() + "+" + StrictBase64.encode(NoteVerifierKey.typed(type, seed));
    }
}
