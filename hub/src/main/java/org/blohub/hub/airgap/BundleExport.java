package org.blohub.hub.airgap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.ImmutableBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes the envelopes waiting in this node's queue for a peer ({@link WaitingEnvelopes}) into a signed bundle file
 * and records an ADMIN {@value #ACTION} event. Nothing leaves the queue: the link still delivers them when it is back,
 * and the peer answers what it already imported as copies.
 */
final class BundleExport {

    static final String ACTION = "BUNDLE_EXPORTED";
    static final String REFUSED_ACTION = "BUNDLE_EXPORT";

    private static final Logger LOG = LoggerFactory.getLogger(BundleExport.class);
    private static final Pattern NODE_NAME = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    /** A bundle file, what it carries, and how many waiting envelopes (with attachments) only the link can carry. */
    record Exported(BundleManifest manifest, byte[] file, int leftForTheLink) {
    }

    private final String nodeName;
    private final NetworkRegistry registry;
    private final WaitingEnvelopes waiting;
    private final ManifestSigner signer;
    private final MessageIds ids;
    private final AuditLog auditLog;
    private final BundleRefusalAudit refusals;
    private final TransactionOperations transactions;
    private final Clock clock;

    BundleExport(String nodeName, NetworkRegistry registry, WaitingEnvelopes waiting, ManifestSigner signer,
            MessageIds ids, AuditLog auditLog, BundleRefusalAudit refusals, TransactionOperations transactions,
            Clock clock) {
        this.nodeName = nodeName;
        this.registry = registry;
        this.waiting = waiting;
        this.signer = signer;
        this.ids = ids;
        this.auditLog = auditLog;
        this.refusals = refusals;
        this.transactions = transactions;
        this.clock = clock;
    }

    Exported export(String peer, String administrator) throws BundleRefusedException {
        try {
            if (peer.equals(nodeName) || registry.node(peer).isEmpty()) {
                throw new BundleRefusedException(BundleRefusal.UNKNOWN_PEER, "node " + peer
                        + " is not a peer of node " + nodeName + " in the signed registry");
            }
            WaitingEnvelopes.Waiting found = waiting.forPeer(peer);
            if (found.envelopes().isEmpty()) {
                throw new BundleRefusedException(BundleRefusal.NOTHING_WAITING, "no envelope a bundle can carry is"
                        + " waiting for node " + peer + (found.leftForTheLink() == 0 ? ""
                        : " (" + found.leftForTheLink() + " with attachments wait for the link)"));
            }
            Exported exported = write(peer, found);
            Instant now = clock.instant();
            transactions.executeWithoutResult(transaction -> auditLog.append(AuditEvent.admin(now, administrator,
                    ACTION, Optional.of(BundleImport.bundleTarget(exported.manifest())), Optional.empty())));
            LOG.info("BLO-GAP-001 exported bundle {} for node {}: {} envelopes ({} with attachments left for the link),"
                    + " SHA-256 {}, by {}", exported.manifest().bundleId(), peer, exported.manifest().entries().size(),
                    exported.leftForTheLink(), ImmutableBytes.copyOf(exported.file()).sha256Hex(), administrator);
            return exported;
        } catch (BundleRefusedException refused) {
            String target = NODE_NAME.matcher(peer).matches() ? "peer:" + peer : "peer:(not a node name)";
            refusals.record(refused, REFUSED_ACTION, target, administrator);
            throw refused;
        }
    }

    private Exported write(String peer, WaitingEnvelopes.Waiting found) {
        List<BundleEntry> entries = new ArrayList<>();
        List<byte[]> envelopes = new ArrayList<>();
        for (BundleEnvelope envelope : found.envelopes()) {
            byte[] bytes = envelope.envelope();
            entries.add(new BundleEntry(BundleWriter.envelopeFile(entries.size()), bytes.length,
                    ImmutableBytes.copyOf(bytes).sha256Hex(), envelope.routing()));
            envelopes.add(bytes);
        }
        BundleManifest manifest = new BundleManifest(ids.next(), nodeName, peer, clock.instant(), entries);
        byte[] manifestJson = manifest.toJson();
        byte[] file = BundleWriter.write(manifest, manifestJson, signer.sign(manifestJson), envelopes);
        return new Exported(manifest, file, found.leftForTheLink());
    }
}
