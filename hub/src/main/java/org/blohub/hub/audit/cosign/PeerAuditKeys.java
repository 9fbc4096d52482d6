package org.blohub.hub.audit.cosign;

import java.util.Optional;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;

/**
 * The peers' audit verifier keys, exactly as the signed network registry publishes them for each node: a peer's
 * checkpoint is accepted only under its registry log key, its cosignature only under its registry witness key.
 * A new key of a peer takes effect with a new signed registry, never by anything the peer sends.
 */
final class PeerAuditKeys {

    private final NetworkRegistry registry;

    PeerAuditKeys(NetworkRegistry registry) {
        this.registry = registry;
    }

    Optional<NoteVerifierKey> logKey(String peer) {
        return registry.node(peer).map(NetworkNode::auditKeys).map(NodeAuditKeys::logKey);
    }

    Optional<NoteVerifierKey> witnessKey(String peer) {
        return registry.node(peer).map(NetworkNode::auditKeys).map(NodeAuditKeys::witnessKey);
    }
}
