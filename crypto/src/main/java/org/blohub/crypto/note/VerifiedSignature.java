package org.blohub.crypto.note;

import java.time.Instant;
import java.util.Optional;

/** A signature line that verified against a known key; cosignatures also carry the time they assert. */
public record VerifiedSignature(NoteVerifierKey key, Optional<Instant> cosignedAt) {
}
