package org.blohub.hub.store;

import java.util.Objects;

/** A message this node received and accepted: header, the sealed envelope as received, and its signer. */
public record InboundMessage(MessageHeader header, ImmutableBytes envelope, SignerVerification signer) {

    public InboundMessage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(signer, "signer");
    }
}
