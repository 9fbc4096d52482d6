package org.blohub.hub.web.oversight;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.VerifiedSignature;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.PeerAuditStatus;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.audit.cosign.CosignedSizes;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.NodeAuditKeys;

/**
 * Reads the checkpoint and cosignature state per peer from the node's own records: which peers' witness keys
 * verify on this node's latest checkpoint, the largest size each peer cosigned, the peer checkpoints this node
 * witnessed, and the fork alarm of {@link PeerAuditStatus}.
 */
final class PeerAuditOverview {

    private final CheckpointStore checkpoints;
    private final CosignedSizes cosignedSizes;
    private final WitnessedCheckpoints witnessed;
    private final PeerAuditStatus status;
    private final NetworkRegistry registry;
    private final AuditOrigin origin;
    private final List<String> peers;

    PeerAuditOverview(CheckpointStore checkpoints, CosignedSizes cosignedSizes, WitnessedCheckpoints witnessed,
            PeerAuditStatus status, NetworkRegistry registry, AuditOrigin origin, List<String> peers) {
        this.checkpoints = checkpoints;
        this.cosignedSizes = cosignedSizes;
        this.witnessed = witnessed;
        this.status = status;
        this.registry = registry;
        this.origin = origin;
        this.peers = List.copyOf(peers);
    }

    CheckpointOverview read() {
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        Set<NoteVerifierKey> cosigners = latest.map(this::verifiedCosigners).orElse(Set.of());
        List<PeerAuditRow> rows = peers.stream().map(peer -> row(peer, cosigners)).toList();
        return new CheckpointOverview(origin.name(), latest.map(StoredCheckpoint::treeSize),
                latest.map(StoredCheckpoint::signedAt), rows);
    }

    private PeerAuditRow row(String peer, Set<NoteVerifierKey> cosigners) {
        Optional<NoteVerifierKey> witnessKey = auditKeys(peer).map(NodeAuditKeys::witnessKey);
        String peerLog = new AuditOrigin(origin.registryDomain(), peer).name();
        Optional<WitnessedCheckpoint> theirs = witnessed.last(peerLog);
        return new PeerAuditRow(peer, peerLog, witnessKey.filter(cosigners::contains).isPresent(),
                witnessKey.map(key -> cosignedSizes.largestCosignedBy(key.name())).orElse(0L),
                theirs.map(WitnessedCheckpoint::treeSize), theirs.map(WitnessedCheckpoint::cosignedAt),
                status.problem(peerLog));
    }

    /** The peer witness keys whose cosignature lines on the checkpoint verify; none if its own signature fails. */
    private Set<NoteVerifierKey> verifiedCosigners(StoredCheckpoint checkpoint) {
        List<NoteVerifierKey> witnessKeys = peers.stream().map(this::auditKeys).flatMap(Optional::stream)
                .map(NodeAuditKeys::witnessKey).toList();
        Optional<NoteVerifierKey> logKey = auditKeys(origin.nodeId()).map(NodeAuditKeys::logKey);
        if (logKey.isEmpty()) {
            return Set.of();
        }
        try {
            return new CheckpointVerifier(logKey.get(), witnessKeys).open(checkpoint.signedNote().encoded())
                    .cosignatures().stream().map(VerifiedSignature::key).collect(Collectors.toSet());
        } catch (NoteException e) {
            return Set.of();
        }
    }

    private Optional<NodeAuditKeys> auditKeys(String node) {
        return registry.node(node).map(NetworkNode::auditKeys);
    }
}
