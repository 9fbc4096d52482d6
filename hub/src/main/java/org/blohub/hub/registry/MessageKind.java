package org.blohub.hub.registry;

/** The kinds of liaison message an agreement can allow (same names as the canonical model's kinds). */
public enum MessageKind {
    REQUEST,
    RESPONSE,
    NOTIFICATION,
    ALERT,
    RECEIPT
}
