package org.blohub.crypto.note;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A verifier key ("vkey") of c2sp.org/signed-note: {@code <name>+<hex key ID>+<base64(type || public key)>}.
 * Type {@link SignatureType#ED25519} checks note signatures, {@link SignatureType#ED25519_COSIGNATURE} checks
 * tlog-cosignature/v1 cosignatures.
 */
public final class NoteVerifierKey {

    private final String name;
    private final NoteKeyId keyId;
    private final SignatureType type;
    private final byte[] publicKey;

    NoteVerifierKey(String name, NoteKeyId keyId, SignatureType type, byte[] publicKey) {
        this.name = name;
        this.keyId = keyId;
        this.type = type;
        this.publicKey = publicKey.clone();
    }

    /** A verifier key for {@code publicKey}, with its key ID computed as the specification recommends. */
    public static NoteVerifierKey of(String name, SignatureType type, byte[] publicKey) throws NoteFormatException {
        KeyNameRule.requireValid(name, "key name");
        Ed25519Keys.requireValidPublicKey(publicKey, "verifier key " + name);
        return new NoteVerifierKey(name, NoteKeyId.compute(name, type, publicKey), type, publicKey);
    }

    /** Parses a vkey string, checking that its key ID is the one computed from its name, type and key. */
    public static NoteVerifierKey parse(String encoded) throws NoteFormatException {
        // The base64 key material may itself contain '+', so only the first two separators split.
        String[] parts = encoded.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteFormatException("verifier key must have three parts separated by '+'");
        }
        String name = KeyNameRule.requireValid(parts[0], "verifier key name");
        NoteKeyId keyId = parseKeyId(parts[1], "verifier key " + name);
        byte[] material = StrictBase64.decode(parts[2], "verifier key " + name + " key material");
        SignatureType type = typeOf(material, "verifier key " + name);
        byte[] publicKey = Arrays.copyOfRange(material, 1, material.length);
        Ed25519Keys.requireValidPublicKey(publicKey, "verifier key " + name);
        NoteKeyId computed = NoteKeyId.compute(name, type, publicKey);
        if (!computed.equals(keyId)) {
            throw new NoteFormatException("verifier key " + name + " claims key ID " + keyId
                    + " but its name, type and key give " + computed);
        }
        return new NoteVerifierKey(name, keyId, type, publicKey);
    }

    public String name() {
        return name;
    }

    public NoteKeyId keyId() {
        return keyId;
    }

    public SignatureType type() {
        return type;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String encoded() {
        return name + "+" + keyId.hex() + "+" + StrictBase64.encode(typed(type, publicKey));
    }

    @Override
    public String toString() {
        return encoded();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey that && name.equals(that.name) && keyId.equals(that.keyId)
                && type == that.type && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + keyId.hashCode();
    }

    static NoteKeyId parseKeyId(String hex, String what) throws NoteFormatException {
        if (hex.length() != 8) {
            throw new NoteFormatException(what + " has a key ID of " + hex.length() + " characters, not 8 hex digits");
        }
        try {
            return new NoteKeyId((int) Long.parseLong(hex, 16));
        } catch (NumberFormatException e) {
            throw new NoteFormatException(what + " has a key ID that is not hexadecimal", e);
        }
    }

    static SignatureType typeOf(byte[] material, String what) throws NoteFormatException {
        if (material.length == 0) {
            throw new NoteFormatException(what + " has no key material");
        }
        return SignatureType.of(material[0]).orElseThrow(() -> new NoteFormatException(
                what + " has unsupported signature type 0x" + HexFormat.of().toHexDigits(material[0])));
    }

    static byte[] typed(SignatureType type, byte[] key) {
        byte[] material = new byte[key.length + 1];
        material[0] = type.identifier();
        System.arraycopy(key, 0, material, 1, key.length);
        return material;
    }
}
