package org.blohub.hub.airgap;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.ImmutableBytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Imports a bundle file an administrator brought over: opens it ({@link BundleOpener}), claims its id, puts its
 * envelopes on {@code blo.inbound} ({@link InboundQueueDelivery}) and records an ADMIN {@value #ACTION} event. The
 * claim and the event are in one database transaction that commits only after the envelopes' JMS transaction did:
 * if the database then fails, the bundle can be imported again and the inbound dedupe answers its envelopes as
 * copies. A refusal is logged and audited REJECTED with its code ({@link BundleRefusalAudit}).
 */
final class BundleImport {

    static final String ACTION = "BUNDLE_IMPORTED";
    static final String REFUSED_ACTION = "BUNDLE_IMPORT";

    private static final Logger LOG = LoggerFactory.getLogger(BundleImport.class);

    /** An imported bundle: its id, the node that made it and how many envelopes went to the inbound queue. */
    record Imported(String bundleId, String fromNode, int envelopes) {
    }

    private final BundleOpener opener;
    private final ImportedBundles imported;
    private final InboundQueueDelivery inbound;
    private final AuditLog auditLog;
    private final BundleRefusalAudit refusals;
    private final TransactionOperations transactions;
    private final Clock clock;

    BundleImport(BundleOpener opener, ImportedBundles imported, InboundQueueDelivery inbound, AuditLog auditLog,
            BundleRefusalAudit refusals, TransactionOperations transactions, Clock clock) {
        this.opener = opener;
        this.imported = imported;
        this.inbound = inbound;
        this.auditLog = auditLog;
        this.refusals = refusals;
        this.transactions = transactions;
        this.clock = clock;
    }

    Imported importFile(byte[] file, String administrator) throws BundleRefusedException {
        String target = "bundle-file:" + ImmutableBytes.copyOf(file).sha256Hex();
        try {
            OpenedBundle bundle = opener.open(file);
            BundleManifest manifest = bundle.manifest();
            Instant now = clock.instant();
            boolean claimed = Boolean.TRUE.equals(transactions.execute(transaction -> {
                if (!imported.claim(manifest, now, administrator)) {
                    return false;
                }
                auditLog.append(AuditEvent.admin(now, administrator, ACTION, Optional.of(bundleTarget(manifest)),
                        Optional.empty()));
                inbound.deliver(bundle);
                return true;
            }));
            if (!claimed) {
                throw new BundleRefusedException(BundleRefusal.REPLAYED, "bundle " + manifest.bundleId() + " from node "
                        + manifest.fromNode() + " was imported here before; its envelopes are on their way already."
                        + " For what waited since, export a new bundle on node " + manifest.fromNode());
            }
            LOG.info("BLO-GAP-002 imported bundle {} from node {}: {} envelopes handed to the inbound queue by {}",
                    manifest.bundleId(), manifest.fromNode(), bundle.envelopes().size(), administrator);
            return new Imported(manifest.bundleId(), manifest.fromNode(), bundle.envelopes().size());
        } catch (BundleRefusedException refused) {
            refusals.record(refused, REFUSED_ACTION, target, administrator);
            throw refused;
        }
    }

    /** The audit target of a bundle: {@code bundle:<id>:<FROM>-><TO>}. */
    static String bundleTarget(BundleManifest manifest) {
        return "bundle:" + manifest.bundleId() + ":" + manifest.fromNode() + "->" + manifest.toNode();
    }
}
