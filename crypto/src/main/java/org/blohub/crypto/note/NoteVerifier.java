package org.blohub.crypto.note;

import static org.blohub.crypto.note.NoteVerificationException.Reason.INVALID_SIGNATURE;
import static org.blohub.crypto.note.NoteVerificationException.Reason.NO_KNOWN_SIGNATURE;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens signed notes against a set of known verifier keys, following c2sp.org/signed-note: lines from
 * unknown keys (name and key ID not both matching a known key) are ignored; every line from a known key must
 * verify, or the whole note is refused; at least one must be present. Type 0x01 keys check Ed25519 note
 * signatures, type 0x04 keys check timestamped cosignature/v1 signatures. Repeated lines from one key are
 * checked and reported once.
 */
public final class NoteVerifier {

    private record KeyRef(String name, NoteKeyId keyId) {
    }

    private final Map<KeyRef, NoteVerifierKey> knownKeys = new LinkedHashMap<>();

    public NoteVerifier(Collection<NoteVerifierKey> knownKeys) throws NoteFormatException {
        for (NoteVerifierKey key : knownKeys) {
            if (this.knownKeys.put(new KeyRef(key.name(), key.keyId()), key) != null) {
                throw new NoteFormatException("two known keys share name " + key.name() + " and key ID " + key.keyId());
            }
        }
    }

    public VerifiedNote open(String signedNote) throws NoteException {
        return verify(SignedNote.parse(signedNote));
    }

    public VerifiedNote open(byte[] signedNote) throws NoteException {
        return verify(SignedNote.parse(signedNote));
    }

    public VerifiedNote verify(SignedNote note) throws NoteVerificationException {
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        List<VerifiedSignature> verified = new ArrayList<>();
        List<NoteSignature> unknown = new ArrayList<>();
        Set<KeyRef> seen = new HashSet<>();
        for (NoteSignature signature : note.signatures()) {
            KeyRef ref = new KeyRef(signature.keyName(), signature.keyId());
            NoteVerifierKey key = knownKeys.get(ref);
            if (key == null) {
                unknown.add(signature);
                continue;
            }
            Optional<Instant> cosignedAt = check(key, note.text(), text, signature.signature());
            if (seen.add(ref)) {
                verified.add(new VerifiedSignature(key, cosignedAt));
            }
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException(NO_KNOWN_SIGNATURE, "none of the " + note.signatures().size()
                    + " signatures on the note comes from a known key");
        }
        return new VerifiedNote(note.text(), verified, unknown);
    }

    private static Optional<Instant> check(NoteVerifierKey key, String textString, byte[] text, byte[] signature)
            throws NoteVerificationException {
        return switch (key.type()) {
            case ED25519 -> {
                if (!Ed25519Keys.verify(key.publicKey(), text, signature)) {
                    throw invalid(key, "its Ed25519 signature does not verify over the note text");
                }
                yield Optional.empty();
            }
            case ED25519_COSIGNATURE -> Optional.of(checkCosignature(key, textString, signature));
        };
    }

    private static Instant checkCosignature(NoteVerifierKey key, String text, byte[] payload)
            throws NoteVerificationException {
        if (payload.length != CosignedMessage.TIMESTAMP_LENGTH + Ed25519Keys.SIGNATURE_LENGTH) {
            throw invalid(key, "its cosignature has " + payload.length + " bytes after the key ID, not 72");
        }
        long seconds = ByteBuffer.wrap(payload).getLong();
        if (seconds < 0) {
            throw invalid(key, "its cosignature timestamp exceeds 2^63 - 1");
        }
        byte[] signature = Arrays.copyOfRange(payload, CosignedMessage.TIMESTAMP_LENGTH, payload.length);
        if (!Ed25519Keys.verify(key.publicKey(), CosignedMessage.of(seconds, text), signature)) {
            throw invalid(key, "its cosignature/v1 signature does not verify over the note text at time " + seconds);
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static NoteVerificationException invalid(NoteVerifierKey key, String why) {
        return new NoteVerificationException(INVALID_SIGNATURE,
                "signature by known key " + key.name() + "+" + key.keyId() + " refused: " + why);
    }
}
