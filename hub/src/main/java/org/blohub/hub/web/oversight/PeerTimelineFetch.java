package org.blohub.hub.web.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLContext;

import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.hub.audit.AuditApiClient;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.audit.LogEntry;
import org.blohub.hub.audit.WitnessedCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a peer node's audit entries about one message through the peer's audit API (the registry's host and
 * HTTP port unless configured otherwise, with the auditor account the peer issued to this node). The rows are read
 * from the exact leaf bytes; a row whose inclusion proof leads to the root of the peer checkpoint this node verified
 * and cosigned is marked {@link TimelineRow.RowCheck#IN_PEER_CHECKPOINT}, any other row
 * {@link TimelineRow.RowCheck#AS_REPORTED}.
 * Never throws: a peer that cannot be asked gives a {@link PeerPart} naming why.
 */
final class PeerTimelineFetch {

    private static final Logger LOG = LoggerFactory.getLogger(PeerTimelineFetch.class);

    private final NetworkRegistry registry;
    private final WitnessedCheckpoints witnessed;
    private final AuditOrigin origin;
    private final PeerAuditApiProperties api;
    private final SSLContext tls;

    PeerTimelineFetch(NetworkRegistry registry, WitnessedCheckpoints witnessed, AuditOrigin origin,
            PeerAuditApiProperties api, SSLContext tls) {
        this.registry = registry;
        this.witnessed = witnessed;
        this.origin = origin;
        this.api = api;
        this.tls = tls;
    }

    PeerPart fetch(String peer, String messageId, Map<String, String> receiptKinds) {
        Optional<NetworkNode> node = registry.node(peer);
        if (node.isEmpty()) {
            return PeerPart.unavailable(peer, "node " + peer + " is not in the registry");
        }
        if (!api.hasAccount()) {
            return PeerPart.unavailable(peer, "no account for the peers' audit APIs is configured"
                    + " (blo.oversight.peer-audit-api.user and .password)");
        }
        AuditApiClient client = new AuditApiClient(api.url(node.get()), api.user(), api.password(),
                api.timeout(), tls);
        try {
            Optional<WitnessedCheckpoint> checkpoint = witnessed.last(new AuditOrigin(origin.registryDomain(), peer)
                    .name());
            List<TimelineRow> rows = new ArrayList<>();
            for (LogEntry entry : client.messageEntries(messageId)) {
                AuditRecord leaf = AuditEvent.parseLeaf(entry.leafBytes().toByteArray());
                if (leaf.index() != entry.index() || !leaf.event().messageId().equals(Optional.of(messageId))) {
                    return PeerPart.unavailable(peer, "node " + peer + " served entry " + entry.index()
                            + " whose leaf does not match the index or the message asked for");
                }
                rows.add(new TimelineRow(peer, TimelineEntry.of(leaf, MessageTimeline.receiptKind(leaf.event().type(),
                        leaf.event().envelopeSha256(), receiptKinds)), check(client, entry, checkpoint)));
            }
            return new PeerPart(peer, rows, Optional.empty());
        } catch (AuditException e) {
            LOG.warn("BLO-AUD-060 cannot fetch the audit events of a message from peer {}: {}", peer,
                    e.getMessage());
            return PeerPart.unavailable(peer, e.getMessage());
        }
    }

    private static TimelineRow.RowCheck check(AuditApiClient client, LogEntry entry,
            Optional<WitnessedCheckpoint> checkpoint) {
        if (checkpoint.isEmpty() || entry.index() >= checkpoint.get().treeSize()) {
            return TimelineRow.RowCheck.AS_REPORTED;
        }
        try {
            InclusionProofVerifier.verify(MerkleHashes.leafHash(entry.leafBytes().toByteArray()),
                    client.inclusionProof(entry.index(), checkpoint.get().treeSize()), checkpoint.get().rootHash());
            return TimelineRow.RowCheck.IN_PEER_CHECKPOINT;
        } catch (ProofVerificationException e) {
            throw new AuditException("the inclusion proof of entry " + entry.index() + " does not lead to the root"
                    + " of the peer checkpoint of tree size " + checkpoint.get().treeSize() + " (" + e.reason() + ")",
                    e);
        }
    }
}
