package org.blohub.crypto.note;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A witness that cosigns checkpoints with timestamped Ed25519 cosignatures (signature type 0x04,
 * c2sp.org/tlog-cosignature cosignature/v1). The signature payload after the key ID is an 8-byte big-endian
 * POSIX timestamp followed by the 64-byte signature over {@code "cosignature/v1\ntime <t>\n" + checkpoint}.
 *
 * <p>The signed message does not name the cosigner, so one key must serve one cosigner name only.
 */
public final class Cosigner {

    private final String name;
    private final NoteKeyId keyId;
    private final byte[] seed;
    private final byte[] publicKey;

    private Cosigner(String name, byte[] seed) {
        this.name = name;
        this.seed = seed.clone();
        this.publicKey = Ed25519Keys.publicKey(seed);
        this.keyId = NoteKeyId.compute(name, SignatureType.ED25519_COSIGNATURE, publicKey);
    }

    public static Cosigner generate(String name, SecureRandom random) throws NoteFormatException {
        return new Cosigner(KeyNameRule.requireValid(name, "cosigner name"), Ed25519Keys.newSeed(random));
    }

    /** A cosigner from its {@code PRIVATE+KEY+<name>+<key ID>+<base64(0x04 || seed)>} string. */
    public static Cosigner parse(String signerKey) throws NoteFormatException {
        SignerKeyText key = SignerKeyText.parse(signerKey);
        if (key.type() != SignatureType.ED25519_COSIGNATURE) {
            throw new NoteFormatException("signer key " + key.name() + " is of type " + key.type()
                    + ", not a cosigning key");
        }
        return new Cosigner(key.name(), key.seed());
    }

    public String name() {
        return name;
    }

    public NoteKeyId keyId() {
        return keyId;
    }

    /** The vkey peers configure to check this cosigner: type 0x04 and the Ed25519 public key. */
    public NoteVerifierKey verifierKey() {
        return new NoteVerifierKey(name, keyId, SignatureType.ED25519_COSIGNATURE, publicKey);
    }

    /** The secret signer key string; keep it out of logs and repositories. */
    public String signerKey() {
        return SignerKeyText.encode(name, keyId, SignatureType.ED25519_COSIGNATURE, seed);
    }

    /** The cosignature line over {@code checkpoint} at {@code time} (whole seconds; sub-second part dropped). */
    public NoteSignature cosign(Checkpoint checkpoint, Instant time) throws NoteFormatException {
        long seconds = time.getEpochSecond();
        if (seconds < 0) {
            throw new NoteFormatException("cosignature time must not be before 1970");
        }
        byte[] signature = Ed25519Keys.sign(seed, CosignedMessage.of(seconds, checkpoint.body()));
        byte[] payload = ByteBuffer.allocate(CosignedMessage.TIMESTAMP_LENGTH + signature.length)
                .putLong(seconds).put(signature).array();
        return new NoteSignature(name, keyId, payload);
    }

    /** Adds this cosigner's line to a signed checkpoint; the note text must be a valid checkpoint. */
    public SignedNote cosign(SignedNote signedCheckpoint, Instant time) throws NoteFormatException {
        Checkpoint checkpoint = Checkpoint.parse(signedCheckpoint.text());
        return signedCheckpoint.withSignature(cosign(checkpoint, time));
    }

    @Override
    public String toString() {
        return "Cosigner[" + name + "+" + keyId + "]";
    }
}
