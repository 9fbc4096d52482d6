package org.blohub.hub.audit.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.security.auth.x500.X500Principal;

import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditQuery;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.audit.AuditTree;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.blohub.hub.registry.RegistryTrust;
import org.blohub.hub.revocation.CurrentCrls;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.Receipt;
import org.blohub.hub.store.ReceiptStore;
import org.blohub.hub.store.StoredMessage;

/**
 * Builds the evidence bundle of one message (docs/audit.md, "Evidence bundle"): the sealed envelope and
 * receipts, the message's audit leaves with inclusion proofs against the latest checkpoint, that signed
 * checkpoint and the log's verifier key, the signers' certificate chains and the CRLs of their CAs.
 */
public final class EvidenceBundleBuilder {

    private static final int MAX_EVENTS = 1000;

    private final MessageStore messages;
    private final ReceiptStore receipts;
    private final AuditLog auditLog;
    private final AuditTree tree;
    private final CheckpointStore checkpoints;
    private final NoteVerifierKey logKey;
    private final NetworkRegistry registry;
    private final RegistryTrust trust;
    private final CurrentCrls crls;

    public EvidenceBundleBuilder(MessageStore messages, ReceiptStore receipts, AuditLog auditLog, AuditTree tree,
            CheckpointStore checkpoints, NoteVerifierKey logKey, NetworkRegistry registry, RegistryTrust trust,
            CurrentCrls crls) {
        this.messages = messages;
        this.receipts = receipts;
        this.auditLog = auditLog;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.logKey = logKey;
        this.registry = registry;
        this.trust = trust;
        this.crls = crls;
    }

    /**
     * @return the ZIP bytes, empty when this node stores no such message
     * @throws EvidenceNotYetCheckpointedException when an event of the message is newer than the latest checkpoint
     */
    public Optional<byte[]> build(String messageId) {
        Optional<StoredMessage> message = messages.find(messageId, Direction.OUTBOUND)
                .or(() -> messages.find(messageId, Direction.INBOUND));
        if (message.isEmpty()) {
            return Optional.empty();
        }
        List<AuditRecord> events = auditLog.search(new AuditQuery(Optional.of(messageId), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, MAX_EVENTS));
        StoredCheckpoint checkpoint = checkpoints.latest().orElseThrow(() ->
                new EvidenceNotYetCheckpointedException("no checkpoint signed yet"));
        long lastIndex = events.stream().mapToLong(AuditRecord::index).max().orElse(-1);
        if (lastIndex >= checkpoint.treeSize()) {
            throw new EvidenceNotYetCheckpointedException("event " + lastIndex + " of message " + messageId
                    + " is not yet in the latest checkpoint (tree size " + checkpoint.treeSize() + ")");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        // a purged message has no envelope left; its PURGED event among the events says when and under which rule
        message.get().envelope().ifPresent(envelope -> files.put(EvidenceLayout.ENVELOPE, envelope.toByteArray()));
        List<Receipt> messageReceipts = receipts.forMessage(messageId);
        for (int i = 0; i < messageReceipts.size(); i++) {
            files.put(EvidenceLayout.receiptName(i + 1), messageReceipts.get(i).envelope().toByteArray());
        }
        files.put(EvidenceLayout.EVENTS, eventsWithProofs(messageId, events, checkpoint.treeSize()).encoded());
        files.put(EvidenceLayout.CHECKPOINT, checkpoint.signedNote().encodedBytes());
        files.put(EvidenceLayout.LOG_KEY, (logKey.encoded() + "\n").getBytes(StandardCharsets.US_ASCII));
        Set<X500Principal> certificateAuthorities = new LinkedHashSet<>();
        trust.roots().forEach(root -> certificateAuthorities.add(root.getSubjectX500Principal()));
        for (String officeId : officesInvolved(message.get().summary().header())) {
            List<X509Certificate> chain = chainOf(officeId);
            chain.stream().skip(1).forEach(ca -> certificateAuthorities.add(ca.getSubjectX500Principal()));
            files.put(EvidenceLayout.chainName(officeId), PemText.writeCertificates(chain).getBytes(StandardCharsets.US_ASCII));
        }
        List<X509CRL> relevantCrls = crls.crls().stream()
                .filter(crl -> certificateAuthorities.contains(crl.getIssuerX500Principal()))
                .toList();
        files.put(EvidenceLayout.CRLS, PemText.writeCrls(relevantCrls).getBytes(StandardCharsets.US_ASCII));
        files.put(EvidenceLayout.README, EvidenceLayout.readme(messageId, EvidenceLayout.purgeAmong(events))
                .getBytes(StandardCharsets.US_ASCII));
        return Optional.of(zip(files));
    }

    private EvidenceEvents eventsWithProofs(String messageId, List<AuditRecord> events, long treeSize) {
        List<EvidenceEvents.EventEvidence> evidence = new ArrayList<>();
        for (AuditRecord event : events) {
            evidence.add(new EvidenceEvents.EventEvidence(event.index(), event.leafBytes().toByteArray(),
                    tree.inclusionProof(event.index(), treeSize).path()));
        }
        return new EvidenceEvents(messageId, treeSize, evidence);
    }

    private static List<String> officesInvolved(MessageHeader header) {
        Set<String> offices = new LinkedHashSet<>();
        offices.add(header.fromOffice());
        offices.addAll(header.toOffices());
        return List.copyOf(offices);
    }

    private List<X509Certificate> chainOf(String officeId) {
        Office office = registry.office(officeId).orElseThrow(() ->
                new EvidenceException("office " + officeId + " is not in the registry"));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(office.signingCertificate());
        registry.nationalCertificateAuthority(office.country()).ifPresent(chain::add);
        return chain;
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new EvidenceException("cannot write the evidence bundle", e);
        }
        return bytes.toByteArray();
    }
}
