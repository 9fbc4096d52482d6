package org.blohub.hub.pipeline;

/**
 * Why a node refused a message, with a stable code the sender can act on. The codes travel in
 * negative receipts and are listed in docs/protocol.md.
 */
public enum RefusalReason {
    /** The clear routing properties are missing or malformed. */
    MALFORMED_ROUTING("BLO-IN-001"),
    /** The envelope cannot be opened (tampered, untrusted signer, revoked, not a recipient...). */
    ENVELOPE_REFUSED("BLO-IN-002"),
    /** The signed recipient list does not name an office of this node. */
    NOT_ADDRESSED_TO_THIS_NODE("BLO-IN-003"),
    /** The envelope was signed by a key that is not the registered signing key of the sending office. */
    SIGNER_IS_NOT_SENDER("BLO-IN-004"),
    /** The message id was already delivered here. */
    REPLAYED("BLO-IN-005"),
    /** No agreement lets the sending office send this kind and handling code to the office. */
    NOT_AUTHORIZED("BLO-IN-006"),
    /** The envelope is larger than this node accepts. */
    OVERSIZED("BLO-IN-007"),
    /** An office named in the message is not in the network registry. */
    UNKNOWN_OFFICE("BLO-IN-008"),
    /** The clear properties contradict the signed content. */
    ROUTING_MISMATCH("BLO-IN-009"),
    /** A receipt that does not match a message this node sent. */
    RECEIPT_UNMATCHED("BLO-IN-010"),
    /** The signed message describes an attachment whose part did not arrive. */
    ATTACHMENT_MISSING("BLO-IN-011"),
    /** An attachment part does not decrypt, or its size or SHA-256 differs from the signed descriptor. */
    ATTACHMENT_MISMATCH("BLO-IN-012"),
    /**
     * The node whose TLS certificate delivered the message (or this node itself) is not the node that hosts the
     * sending office, or the broker did not say who delivered it.
     */
    PEER_IS_NOT_SENDER("BLO-IN-013"),
    /**
     * A CONSENT_REQUEST about a message this node did not send to the requesting office, or a CONSENT_REPLY that
     * answers no consent request this node's office is waiting for.
     */
    CONSENT_UNMATCHED("BLO-IN-015"),
    /** The message expired in a broker before it could be delivered. */
    EXPIRED("BLO-EXP-001"),
    /** The broker gave up delivering the message after repeated failures. */
    UNDELIVERABLE("BLO-DLQ-001");

    private final String code;

    RefusalReason(String code) {
        this.code = code;
    }

    /**
     * Whether the claimed sending office is told with a negative receipt. Not for a replay (the original was
     * answered), and not when the delivering peer is not the sender: the claim of the sending office is then
     * unproven, and a receipt could fail a genuine message of that office that carries the same id.
     */
    boolean answeredWithReceipt() {
        return this != REPLAYED && this != PEER_IS_NOT_SENDER;
    }

    /** e.g. {@code BLO-IN-003 NOT_ADDRESSED_TO_THIS_NODE} */
    public String machineCode() {
        return code + " " + name();
    }
}
