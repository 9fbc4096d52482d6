package org.blohub.hub.audit.cosign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSignature;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.SignedNote;
import org.blohub.crypto.note.VerifiedSignature;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.CheckpointRefusedException;
import org.blohub.hub.audit.CheckpointRefusedException.Reason;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.InconsistentCheckpointAlarm;
import org.blohub.hub.audit.PeerWitness;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.audit.WitnessedCheckpoints;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.BloHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbound side of cosigning, for {@code BloKind=CHECKPOINT} and {@code BloKind=COSIGNATURE} messages from the
 * peer that delivered them ({@link AuditInboundRoute}).
 * A peer's checkpoint goes through {@link PeerWitness} (its log key, consistency with the last one cosigned; an
 * inconsistent one raises the alarm) and, if accepted, the cosignature line goes back on
 * {@code blo.outbound.<PEER>}. A returned cosignature is verified with the peer's witness key over this node's
 * own checkpoint and stored with it. Refusals are logged and the message is consumed: redelivery would not help.
 */
final class CheckpointCosigning implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCosigning.class);

    private final Cosigner cosigner;
    private final NoteVerifierKey ownLogKey;
    private final PeerAuditKeys peerKeys;
    private final WitnessedCheckpoints witnessed;
    private final InconsistentCheckpointAlarm alarm;
    private final CheckpointStore checkpoints;
    private final List<String> peers;
    private final String nodeName;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final OfferBackoff backoff;
    private final UntrustedPeerKeyAlarm untrustedKey;

    CheckpointCosigning(Cosigner cosigner, NoteVerifierKey ownLogKey, PeerAuditKeys peerKeys, WitnessedCheckpoints witnessed,
            InconsistentCheckpointAlarm alarm, CheckpointStore checkpoints, List<String> peers, String nodeName,
            ProducerTemplate producer, Clock clock, OfferBackoff backoff, UntrustedPeerKeyAlarm untrustedKey) {
        this.cosigner = cosigner;
        this.ownLogKey = ownLogKey;
        this.peerKeys = peerKeys;
        this.witnessed = witnessed;
        this.alarm = alarm;
        this.checkpoints = checkpoints;
        this.peers = List.copyOf(peers);
        this.nodeName = nodeName;
        this.producer = producer;
        this.clock = clock;
        this.backoff = backoff;
        this.untrustedKey = untrustedKey;
    }

    @Override
    public void process(Exchange exchange) {
        String peer = exchange.getMessage().getHeader(BloHeaders.FROM_NODE, String.class);
        String kind = exchange.getMessage().getHeader(BloHeaders.KIND, String.class);
        try {
            if (peer == null || !peers.contains(peer)) {
                throw new CosignException(kind + " message from " + peer + ", which is not a peer of " + nodeName);
            }
            String body = exchange.getMessage().getBody(String.class);
            if (BloHeaders.CHECKPOINT_KIND.equals(kind)) {
                witness(peer, CheckpointOffer.parse(body));
            } else {
                storeCosignature(peer, CosignatureReply.parse(body));
            }
        } catch (AuditException e) {
            LOG.warn("BLO-AUD-022 refused {} message from peer {}: {}", kind, peer, e.getMessage());
        }
    }

    private synchronized void witness(String peer, CheckpointOffer offer) {
        NoteVerifierKey logKey = peerKeys.logKey(peer).orElseThrow(() -> new CosignException(
                "no audit log key of peer " + peer + " is configured"));
        PeerWitness witness = new PeerWitness(cosigner, List.of(logKey), witnessed, alarm, clock);
        NoteSignature cosignature;
        try {
            cosignature = witness.witness(offer.note(), (first, second) -> {
                if (first != offer.proofFromSize()) {
                    throw new CosignException("the offer carries a proof from tree size " + offer.proofFromSize()
                            + ", not " + first);
                }
                return offer.consistencyProof(second);
            });
        } catch (CheckpointRefusedException e) {
            if (e.reason() == Reason.INVALID_SIGNATURE || e.reason() == Reason.UNKNOWN_LOG) {
                untrustedKey.raise(peer, "checkpoint", e.getMessage());
            }
            throw e;
        }
        long size = treeSize(offer.note());
        producer.sendBodyAndHeaders("jms:queue:" + BrokerAddresses.outboundTo(peer) + "?jmsMessageType=Text",
                new CosignatureReply(size, cosignature.line()).json(), Map.of(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION,
                        BloHeaders.KIND, BloHeaders.COSIGNATURE_KIND, BloHeaders.FROM_NODE, nodeName, BloHeaders.TO_NODE, peer));
        LOG.info("BLO-AUD-023 cosigned the audit checkpoint of peer {} at tree size {}", peer, size);
    }

    private void storeCosignature(String peer, CosignatureReply reply) {
        NoteVerifierKey witnessKey = peerKeys.witnessKey(peer).orElseThrow(() -> new CosignException(
                "no witness key of peer " + peer + " is configured"));
        NoteSignature cosignature;
        try {
            cosignature = NoteSignature.parseLine(reply.cosignature().strip());
        } catch (NoteException e) {
            throw new CosignException("cosignature from peer " + peer + " is not a signature line", e);
        }
        StoredCheckpoint own = checkpoints.at(reply.treeSize()).orElseThrow(() -> new CosignException(
                "cosignature from peer " + peer + " for tree size " + reply.treeSize()
                        + ", of which this node has no checkpoint"));
        if (own.signedNote().signatures().contains(cosignature)) {
            backoff.answered(peer);
            return;
        }
        if (!verifies(own, cosignature, witnessKey)) {
            untrustedKey.raise(peer, "cosignature:" + reply.treeSize(), "the cosignature line names "
                    + cosignature.keyName());
            throw new CosignException("cosignature from peer " + peer + " does not verify over the checkpoint of"
                    + " tree size " + reply.treeSize() + " with the peer's witness key");
        }
        checkpoints.addCosignature(own.treeSize(), cosignature, clock.instant());
        backoff.answered(peer);
        LOG.info("BLO-AUD-024 stored the cosignature of peer {} for audit checkpoint {}", peer, own.treeSize());
    }

    private boolean verifies(StoredCheckpoint own, NoteSignature cosignature, NoteVerifierKey witnessKey) {
        try {
            // only the log signature and the new line: a cosignature stored earlier must not vouch for this one
            SignedNote withCosignature = SignedNote.of(own.signedNote().text(), own.signedNote().signatures().stream()
                    .filter(signature -> signature.keyName().equals(ownLogKey.name())).toList())
                    .withSignature(cosignature);
            List<VerifiedSignature> verified = new CheckpointVerifier(ownLogKey, List.of(witnessKey))
                    .open(withCosignature.encoded()).cosignatures();
            return verified.stream().anyMatch(signature -> signature.key().equals(witnessKey));
        } catch (NoteException e) {
            return false;
        }
    }

    private static long treeSize(String note) {
        try {
            return Checkpoint.parse(SignedNote.parse(note).text()).treeSize();
        } catch (NoteException e) {
            throw new CosignException("accepted checkpoint cannot be parsed again", e);
        }
    }
}
