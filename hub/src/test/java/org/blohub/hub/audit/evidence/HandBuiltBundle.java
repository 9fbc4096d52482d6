package org.blohub.hub.audit.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.blohub.crypto.merkle.InMemoryTreeHashStore;
import org.blohub.crypto.merkle.MerkleTree;
import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.KeyAlgorithm;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;

/**
 * An evidence bundle built by hand, without a node: a development PKI, a log of three leaves (one of another
 * message), a checkpoint signed with a fresh log key. The envelope and receipt are stand-in bytes: the
 * verifier only hashes them. A purged message's bundle has a fourth leaf, PURGED, and no envelope.
 */
final class HandBuiltBundle {

    static final String MESSAGE_ID = "01JQ8Z00000000000000000001";
    static final Instant ISSUED = Instant.parse("2026-03-14T08:00:00Z");
    static final Instant SUBMITTED = ISSUED.plusSeconds(600);
    static final Instant PURGED = SUBMITTED.plusSeconds(3600);
    static final String RULE = "retention.request=1h";

    final DevelopmentPki pki = DevelopmentPki.create("Test", Clock.fixed(ISSUED, ZoneOffset.UTC));
    final Credential sender = pki.issueOfficeSigning("TH-MAESAI", KeyAlgorithm.EC_P256);
    final Credential recipient = pki.issueOfficeSigning("LA-HOUAYXAY", KeyAlgorithm.EC_P256);
    final NoteSigner logKey;
    final byte[] envelope = "sealed envelope bytes".getBytes(StandardCharsets.US_ASCII);
    final byte[] receipt = "sealed receipt bytes".getBytes(StandardCharsets.US_ASCII);
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    HandBuiltBundle() throws Exception {
        this(false);
    }

    /** The bundle of a message whose content the node purged after its retention period. */
    static HandBuiltBundle ofPurgedMessage() throws Exception {
        return new HandBuiltBundle(true);
    }

    private HandBuiltBundle(boolean purged) throws Exception {
        logKey = NoteSigner.generate("test.example/TH/audit", new SecureRandom());
        MerkleTree tree = new MerkleTree(new InMemoryTreeHashStore());
        List<byte[]> leaves = new ArrayList<>(List.of(
                leaf(0, event(AuditEventType.SUBMITTED, "01JQ8Z00000000000000000009", sha256Hex(receipt))),
                leaf(1, event(AuditEventType.SUBMITTED, MESSAGE_ID, sha256Hex(envelope))),
                leaf(2, event(AuditEventType.RECEIPT, MESSAGE_ID, sha256Hex(receipt)))));
        Optional<AuditEvent> purge = purged ? Optional.of(new AuditEvent(PURGED, AuditEventType.PURGED,
                Optional.of(MESSAGE_ID), Optional.of(MESSAGE_ID), Optional.of("TH-MAESAI"), List.of("LA-HOUAYXAY"),
                "node", Optional.of(sha256Hex(envelope)), Optional.of(RULE))) : Optional.empty();
        purge.ifPresent(event -> leaves.add(leaf(3, event)));
        leaves.forEach(tree::append);
        List<EvidenceEvents.EventEvidence> events = new ArrayList<>();
        for (int index = 1; index < leaves.size(); index++) {
            events.add(new EvidenceEvents.EventEvidence(index, leaves.get(index),
                    tree.inclusionProof(index, leaves.size()).path()));
        }
        if (!purged) {
            files.put(EvidenceLayout.ENVELOPE, envelope);
        }
        files.put(EvidenceLayout.receiptName(1), receipt);
        files.put(EvidenceLayout.EVENTS, new EvidenceEvents(MESSAGE_ID, leaves.size(), events).encoded());
        files.put(EvidenceLayout.CHECKPOINT, new CheckpointSigner(logKey).sign(leaves.size(), tree.root())
                .encodedBytes());
        files.put(EvidenceLayout.LOG_KEY, (logKey.verifierKey().encoded() + "\n").getBytes(StandardCharsets.US_ASCII));
        files.put(EvidenceLayout.chainName("TH-MAESAI"), pem(sender.certificate(), pki.nationalCa("TH").certificate()));
        files.put(EvidenceLayout.chainName("LA-HOUAYXAY"),
                pem(recipient.certificate(), pki.nationalCa("LA").certificate()));
        files.put(EvidenceLayout.CRLS, PemText.writeCrls(pki.crls()).getBytes(StandardCharsets.US_ASCII));
        files.put(EvidenceLayout.README, EvidenceLayout.readme(MESSAGE_ID, purge).getBytes(StandardCharsets.US_ASCII));
    }

    X509Certificate root() {
        return pki.root().certificate();
    }

    /** The files with the given ones replaced, removed (null) or added, as a ZIP. */
    byte[] zipWith(Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(files);
        changes.forEach((name, bytes) -> {
            if (bytes == null) {
                changed.remove(name);
            } else {
                changed.put(name, bytes);
            }
        });
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : changed.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return zip.toByteArray();
    }

    byte[] zip() throws IOException {
        return zipWith(Map.of());
    }

    byte[] file(String name) {
        return files.get(name).clone();
    }

    /** The CRLs after re-issuing them, e.g. following a revocation. */
    byte[] currentCrls() {
        return PemText.writeCrls(pki.crls()).getBytes(StandardCharsets.US_ASCII);
    }

    private static AuditEvent event(AuditEventType type, String messageId, String envelopeSha256) {
        return new AuditEvent(type == AuditEventType.RECEIPT ? SUBMITTED.plusSeconds(60) : SUBMITTED, type,
                Optional.of(messageId), Optional.of(messageId), Optional.of("TH-MAESAI"), List.of("LA-HOUAYXAY"),
                "node:TH", Optional.of(envelopeSha256), Optional.empty());
    }

    private static byte[] leaf(long index, AuditEvent event) {
        return event.leaf(index).toByteArray();
    }

    private static byte[] pem(X509Certificate... certificates) {
        return PemText.writeCertificates(List.of(certificates)).getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
