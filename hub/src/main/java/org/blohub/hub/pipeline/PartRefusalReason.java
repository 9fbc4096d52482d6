package org.blohub.hub.pipeline;

/**
 * Why an arriving attachment part was not kept, with a stable code for the REJECTED audit event and the log. A part
 * has no signed envelope of its own, so no sender is proven and none is answered with a receipt.
 */
enum PartRefusalReason {
    /** Not a bytes message, or without a message id that is a ULID, or without a numeric part index. */
    MALFORMED_PART("BLO-ATT-010"),
    /** The part index lies outside the indexes any message may carry. */
    PART_INDEX_OUT_OF_RANGE("BLO-ATT-011"),
    /** The broker did not say which user delivered the part, so no node can be held to it. */
    PART_DELIVERER_UNKNOWN("BLO-ATT-012"),
    /** The message's envelope was delivered by another node: the part cannot be the sender's. */
    PART_NOT_FROM_SENDER("BLO-ATT-013");

    private final String code;

    PartRefusalReason(String code) {
        this.code = code;
    }

    /** e.g. {@code BLO-ATT-013 PART_NOT_FROM_SENDER} */
    String machineCode() {
        return code + " " + name();
    }
}
