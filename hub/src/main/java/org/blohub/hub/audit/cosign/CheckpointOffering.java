package org.blohub.hub.audit.cosign;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.RoleLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every interval, offers this node's latest checkpoint to each peer whose cosignature it still lacks, as a
 * {@code BloKind=CHECKPOINT} message on {@code blo.outbound.<PEER>} with the consistency proof from the largest
 * checkpoint that peer cosigned before (known from the stored cosignatures). A peer that does not answer is offered
 * again only when its {@link OfferBackoff} says so. Of several hub instances on one database, only the one that
 * holds the checkpoint signer's role offers.
 */
final class CheckpointOffering extends BackgroundJob {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointOffering.class);

    private final CheckpointStore checkpoints;
    private final CosignedSizes cosignedSizes;
    private final AuditTree tree;
    private final PeerAuditKeys peerKeys;
    private final List<String> peers;
    private final String nodeName;
    private final ProducerTemplate producer;
    private final OfferBackoff backoff;
    private final RoleLease signerRole;

    CheckpointOffering(CheckpointStore checkpoints, CosignedSizes cosignedSizes, AuditTree tree,
            PeerAuditKeys peerKeys, List<String> peers, String nodeName, ProducerTemplate producer,
            Duration interval, OfferBackoff backoff, RoleLease signerRole) {
        super("audit-checkpoint-offers", interval, interval);
        this.checkpoints = checkpoints;
        this.cosignedSizes = cosignedSizes;
        this.tree = tree;
        this.peerKeys = peerKeys;
        this.peers = List.copyOf(peers);
        this.nodeName = nodeName;
        this.producer = producer;
        this.backoff = backoff;
        this.signerRole = signerRole;
    }

    void offerLatest() {
        if (!signerRole.claim()) {
            return;
        }
        Optional<StoredCheckpoint> latest = checkpoints.latest();
        if (latest.isEmpty()) {
            return;
        }
        for (String peer : peers) {
            Optional<NoteVerifierKey> witnessKey = peerKeys.witnessKey(peer);
            if (witnessKey.isEmpty()) {
                LOG.debug("no witness key of peer {} yet, not offering the checkpoint", peer);
                continue;
            }
            boolean cosigned = latest.get().signedNote().signatures().stream()
                    .anyMatch(signature -> signature.keyName().equals(witnessKey.get().name()));
            if (!cosigned && backoff.due(peer)) {
                offer(latest.get(), peer, cosignedSizes.largestCosignedBy(witnessKey.get().name()));
            }
        }
    }

    private void offer(StoredCheckpoint checkpoint, String peer, long fromSize) {
        long size = checkpoint.treeSize();
        ConsistencyProof proof = fromSize > 0 && fromSize < size ? tree.consistencyProof(fromSize, size)
                : new ConsistencyProof(0, size, List.of());
        Map<String, Object> headers = new HashMap<>();
        headers.put(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
        headers.put(BloHeaders.KIND, BloHeaders.CHECKPOINT_KIND);
        headers.put(BloHeaders.FROM_NODE, nodeName);
        headers.put(BloHeaders.TO_NODE, peer);
        producer.sendBodyAndHeaders("jms:queue:" + BrokerAddresses.outboundTo(peer) + "?jmsMessageType=Text",
                CheckpointOffer.of(checkpoint.signedNote().encoded(), proof).json(), headers);
        backoff.offered(peer);
        LOG.info("BLO-AUD-020 offered audit checkpoint at tree size {} to peer {} for cosigning", size, peer);
    }

    @Override
    protected void runOnce() {
        try {
            offerLatest();
        } catch (AuditException | org.apache.camel.CamelExecutionException e) {
            LOG.warn("BLO-AUD-021 cannot offer the audit checkpoint to peers, will retry in {}", interval(), e);
        }
    }
}
