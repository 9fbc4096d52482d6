package org.blohub.crypto.note;

import java.util.List;

/**
 * A signed note whose text is vouched for: at least one signature from a known key verified and none from
 * a known key failed. {@code unknownSignatures} are the lines from keys the verifier does not know.
 */
public record VerifiedNote(String text, List<VerifiedSignature> verified, List<NoteSignature> unknownSignatures) {

    public VerifiedNote {
        verified = List.copyOf(verified);
        unknownSignatures = List.copyOf(unknownSignatures);
    }
}
