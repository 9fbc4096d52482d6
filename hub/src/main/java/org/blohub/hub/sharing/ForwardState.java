package org.blohub.hub.sharing;

/** Where a forward stands on the forwarding office's node. */
public enum ForwardState {
    /** H2/H3: the consent request went to the originating office, no answer yet. */
    AWAITING_CONSENT,
    /** The originator granted it; the forwarded copy is being submitted. */
    GRANTED,
    /** The originator refused it; nothing was forwarded. */
    REFUSED,
    /** The forwarded copy was submitted to the target offices. */
    FORWARDED,
    /** Consent was granted but the node refused the forwarded copy (e.g. the agreement ended meanwhile). */
    FAILED
}
