package org.blohub.hub.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.blohub.adapters.canonical.LiaisonMessage;

/**
 * A message on its way through the outbound route: the canonical message, then its sealed envelope.
 *
 * @param actor who submitted it (officer or API token name), for the audit trail
 */
public record Submission(LiaisonMessage message, String actor, Optional<byte[]> envelope, Optional<Instant> expiresAt) {

    public Submission {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static Submission of(LiaisonMessage message, String actor) {
        return new Submission(message, actor, Optional.empty(), Optional.empty());
    }

    Submission sealed(byte[] sealedEnvelope, Instant expiry) {
        return new Submission(message, actor, Optional.of(sealedEnvelope), Optional.of(expiry));
    }

    byte[] requireEnvelope() {
        return envelope.orElseThrow(() -> new PipelineException("message " + message.id() + " is not sealed yet"));
    }
}
