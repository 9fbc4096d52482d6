package org.blohub.hub.pipeline;

import java.util.Objects;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.store.ImmutableBytes;

/**
 * A CONSENT_REQUEST or CONSENT_REPLY whose envelope opened, whose signed recipient list names this node's office and
 * whose signer is its sending office.
 *
 * @param office   the office of this node it is addressed to
 * @param message  the signed consent message
 * @param envelope the sealed envelope as it arrived
 * @param actor    the peer that delivered it, for the audit trail (e.g. {@code peer:LA})
 */
public record ArrivedConsent(String office, LiaisonMessage message, ImmutableBytes envelope, String actor) {

    public ArrivedConsent {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(actor, "actor");
    }
}
