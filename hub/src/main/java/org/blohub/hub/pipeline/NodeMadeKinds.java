package org.blohub.hub.pipeline;

import java.util.Set;

/**
 * The kinds a node makes and sends without an outbox row: receipts and consent messages. No SENT, FAILED or receipt
 * applies to them.
 */
final class NodeMadeKinds {

    private static final Set<String> KINDS = Set.of("RECEIPT", "CONSENT_REQUEST", "CONSENT_REPLY");

    private NodeMadeKinds() {
    }

    static boolean includes(String kind) {
        return KINDS.contains(kind);
    }
}
