package org.blohub.crypto.note;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** RFC 8032 Ed25519 through Bouncy Castle's lightweight API; keys are the raw 32-byte encodings. */
final class Ed25519Keys {

    static final int KEY_LENGTH = 32;
    static final int SIGNATURE_LENGTH = 64;

    private Ed25519Keys() {
    }

    static byte[] newSeed(SecureRandom random) {
        return new Ed25519PrivateKeyParameters(random).getEncoded();
    }

    static byte[] publicKey(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    }

    static byte[] sign(byte[] seed, byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    /** Refuses 32 bytes that do not decode to a curve point, so verification never meets a bad key. */
    static void requireValidPublicKey(byte[] publicKey, String what) throws NoteFormatException {
        if (publicKey.length != KEY_LENGTH) {
            throw new NoteFormatException(what + " has a " + publicKey.length + "-byte Ed25519 key, not "
                    + KEY_LENGTH);
        }
        try {
            new Ed25519PublicKeyParameters(publicKey, 0);
        } catch (IllegalArgumentException e) {
            throw new NoteFormatException(what + " is not a valid Ed25519 public key", e);
        }
    }
}
