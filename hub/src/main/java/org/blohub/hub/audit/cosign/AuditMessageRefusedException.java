package org.blohub.hub.audit.cosign;

/** An audit checkpoint or cosignature refused before it is read: quarantined and audited REJECTED. */
final class AuditMessageRefusedException extends Exception {

    /**
     * The delivering peer is not the node the message names. The same code as an office message gets for it on
     * {@code blo.inbound} (docs/protocol.md), so an operator reads one code for one cause.
     */
    static final String PEER_IS_NOT_SENDER = "BLO-IN-013 PEER_IS_NOT_SENDER";

    private static final long serialVersionUID = 1L;

    private final String reasonCode;
    private final String text;

    AuditMessageRefusedException(String reasonCode, String text) {
        super(reasonCode + ": " + text);
        this.reasonCode = reasonCode;
        this.text = text;
    }

    String reasonCode() {
        return reasonCode;
    }

    /** Without the code, for the quarantine. */
    String text() {
        return text;
    }
}
