package org.blohub.hub.store;

/** What a signed receipt acknowledges. A NEGATIVE receipt carries a reason code. */
public enum ReceiptKind {
    DELIVERED,
    READ,
    NEGATIVE
}
