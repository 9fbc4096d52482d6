package org.blohub.hub.airgap;

/** Why a node refuses to import an air-gap bundle, or to export one; each with its stable log and audit code. */
enum BundleRefusal {
    /** Not a ZIP file, or no readable manifest and signature in it. */
    MALFORMED("BLO-GAP-010"),
    /** The file ends before its last entry or its ZIP end record: it was cut short on the way. */
    TRUNCATED("BLO-GAP-011"),
    /** An envelope's size or SHA-256 differs from the manifest, or the file holds an entry the manifest omits. */
    ENTRY_MISMATCH("BLO-GAP-012"),
    /** The manifest signature does not verify, or its signer's certificate path does not validate. */
    SIGNATURE_INVALID("BLO-GAP-013"),
    /** The signer is not the TLS certificate the signed registry lists for the node the manifest names as source. */
    SIGNER_NOT_SOURCE_NODE("BLO-GAP-014"),
    /** The bundle, or one of its envelopes, is addressed to another node. */
    WRONG_DESTINATION("BLO-GAP-015"),
    /** A bundle with this id was imported here before. */
    REPLAYED("BLO-GAP-016"),
    /** The file is larger than this node accepts ({@code blo.airgap.max-bundle-size}). */
    TOO_LARGE("BLO-GAP-017"),
    /** Export: the named node is not a peer of this node. */
    UNKNOWN_PEER("BLO-GAP-020"),
    /** Export: no envelope is waiting for the peer. */
    NOTHING_WAITING("BLO-GAP-021");

    private final String code;

    BundleRefusal(String code) {
        this.code = code;
    }

    /** The audit reason code, e.g. {@code BLO-GAP-016 REPLAYED}. */
    String reasonCode() {
        return code + " " + name();
    }
}
