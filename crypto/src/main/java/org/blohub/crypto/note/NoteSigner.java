package org.blohub.crypto.note;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Signs note texts with an Ed25519 key (signature type 0x01 of c2sp.org/signed-note). */
public final class NoteSigner {

    private final String name;
    private final NoteKeyId keyId;
    private final byte[] seed;
    private final byte[] publicKey;

    private NoteSigner(String name, byte[] seed) {
        this.name = name;
        this.seed = seed.clone();
        this.publicKey = Ed25519Keys.publicKey(seed);
        this.keyId = NoteKeyId.compute(name, SignatureType.ED25519, publicKey);
    }

    /** A signer with a fresh key named {@code name}. */
    public static NoteSigner generate(String name, SecureRandom random) throws NoteFormatException {
        return new NoteSigner(KeyNameRule.requireValid(name, "key name"), Ed25519Keys.newSeed(random));
    }

    /** A signer from its {@code PRIVATE+KEY+<name>+<key ID>+<base64(0x01 || seed)>} string. */
    public static NoteSigner parse(String signerKey) throws NoteFormatException {
        SignerKeyText key = SignerKeyText.parse(signerKey);
        if (key.type() != SignatureType.ED25519) {
            throw new NoteFormatException("signer key " + key.name() + " is of type " + key.type()
                    + ", not a note signing key");
        }
        return new NoteSigner(key.name(), key.seed());
    }

    public String name() {
        return name;
    }

    public NoteKeyId keyId() {
        return keyId;
    }

    public NoteVerifierKey verifierKey() {
        return new NoteVerifierKey(name, keyId, SignatureType.ED25519, publicKey);
    }

    /** The secret signer key string; keep it out of logs and repositories. */
    public String signerKey() {
        return SignerKeyText.encode(name, keyId, SignatureType.ED25519, seed);
    }

    /** Signs {@code text}, which must end in a newline, returning its signature line. */
    public NoteSignature sign(String text) throws NoteFormatException {
        NoteText.requireValidText(text);
        byte[] signature = Ed25519Keys.sign(seed, text.getBytes(StandardCharsets.UTF_8));
        return new NoteSignature(name, keyId, signature);
    }

    @Override
    public String toString() {
        return "NoteSigner[" + name + "+" + keyId + "]";
    }
}
