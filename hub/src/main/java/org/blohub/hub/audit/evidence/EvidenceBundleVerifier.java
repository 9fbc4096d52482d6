package org.blohub.hub.audit.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.blohub.crypto.CryptoProvider;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.ProofVerificationException;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.SignedNote;
import org.blohub.crypto.note.VerifiedCheckpoint;
import org.blohub.crypto.note.VerifiedSignature;
import org.blohub.crypto.pki.CertificateCheckException;
import org.blohub.crypto.pki.CertificatePathValidator;
import org.blohub.crypto.pki.KeyUsageRequirement;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditRecord;

/**
 * Checks an evidence bundle offline with only the bundle and the trusted root certificates: the checkpoint
 * signature, every leaf and its inclusion proof against that checkpoint, the envelope and receipt hashes
 * named by the leaves, every certificate path (with the bundle's CRLs, at the time of the message's first
 * event), every CRL signature, and that no file differs from the form the node writes.
 */
public final class EvidenceBundleVerifier {

    /** The most a bundle may expand to: many times a 30 MiB envelope, far below what a ZIP bomb asks for. */
    static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;

    private final List<X509Certificate> trustRoots;
    private final Optional<NoteVerifierKey> expectedLogKey;
    private final List<NoteVerifierKey> witnessKeys;

    /** @param expectedLogKey the log key from the registry or out of band; without it the bundle's own key is used */
    public EvidenceBundleVerifier(List<X509Certificate> trustRoots, Optional<NoteVerifierKey> expectedLogKey,
            List<NoteVerifierKey> witnessKeys) {
        if (trustRoots.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted root certificate is needed");
        }
        this.trustRoots = List.copyOf(trustRoots);
        this.expectedLogKey = expectedLogKey;
        this.witnessKeys = List.copyOf(witnessKeys);
    }

    public EvidenceReport verify(byte[] bundle) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, byte[]> files;
        try {
            files = unzip(bundle);
        } catch (EvidenceException e) {
            return new EvidenceReport(List.of(Verdict.fail("bundle", e.getMessage())));
        }
        checkFileNames(files, verdicts);
        Optional<NoteVerifierKey> logKey = logKey(files, verdicts);
        Optional<VerifiedCheckpoint> checkpoint = logKey.flatMap(key -> checkpoint(files, key, verdicts));
        Optional<List<AuditRecord>> leaves = checkpoint.flatMap(verified -> events(files, verified, verdicts));
        leaves.ifPresent(events -> {
            checkEnvelope(files, events, verdicts);
            checkReceipts(files, events, verdicts);
            checkCertificates(files, events, verdicts);
        });
        checkReadme(files, leaves, verdicts);
        return new EvidenceReport(verdicts);
    }

    private static Map<String, byte[]> unzip(byte[] bundle) {
        Map<String, byte[]> files = new TreeMap<>();
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readNBytes((int) (MAX_EXPANDED_BYTES - expanded + 1));
                expanded += content.length;
                if (expanded > MAX_EXPANDED_BYTES) {
                    throw new EvidenceException("the bundle expands to more than " + MAX_EXPANDED_BYTES / (1024 * 1024)
                            + " MiB at " + entry.getName() + ", far more than an evidence bundle holds");
                }
                if (files.put(entry.getName(), content) != null) {
                    throw new EvidenceException("the bundle holds " + entry.getName() + " twice");
                }
            }
        } catch (IOException e) {
            throw new EvidenceException("not a readable ZIP file: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream reports an entry name that is not UTF-8 this way
            throw new EvidenceException("not a readable ZIP file: an entry name is not valid UTF-8", e);
        }
        if (files.isEmpty()) {
            throw new EvidenceException("not a ZIP file or an empty one");
        }
        return files;
    }

    private static void checkFileNames(Map<String, byte[]> files, List<Verdict> verdicts) {
        EvidenceLayout.REQUIRED.stream().filter(name -> !files.containsKey(name))
                .forEach(name -> verdicts.add(Verdict.fail(name, "missing from the bundle")));
        files.keySet().stream().filter(name -> !EvidenceLayout.isKnown(name))
                .forEach(name -> verdicts.add(Verdict.fail(name, "not a file of an evidence bundle")));
    }

    private Optional<NoteVerifierKey> logKey(Map<String, byte[]> files, List<Verdict> verdicts) {
        byte[] bytes = files.get(EvidenceLayout.LOG_KEY);
        if (bytes == null) {
            return Optional.empty();
        }
        NoteVerifierKey key;
        try {
            key = NoteVerifierKey.parse(new String(bytes, StandardCharsets.US_ASCII).strip());
        } catch (NoteException e) {
            verdicts.add(Verdict.fail(EvidenceLayout.LOG_KEY, "not a note verifier key: " + e.getMessage()));
            return Optional.empty();
        }
        if (!(key.encoded() + "\n").equals(new String(bytes, StandardCharsets.US_ASCII))) {
            verdicts.add(Verdict.fail(EvidenceLayout.LOG_KEY, "not in the exact form the node writes"));
            return Optional.empty();
        }
        if (expectedLogKey.isPresent()) {
            if (!expectedLogKey.get().equals(key)) {
                verdicts.add(Verdict.fail(EvidenceLayout.LOG_KEY, "is not the expected log key "
                        + expectedLogKey.get().name() + "+" + expectedLogKey.get().keyId()));
                return Optional.empty();
            }
            verdicts.add(Verdict.pass(EvidenceLayout.LOG_KEY, "equals the expected log key " + key.name()));
        } else {
            verdicts.add(Verdict.pass(EvidenceLayout.LOG_KEY, "log key " + key.name() + "+" + key.keyId()
                    + " taken from the bundle; check it against the network registry or out of band"
                    + " (or pass --log-key)"));
        }
        return Optional.of(key);
    }

    private Optional<VerifiedCheckpoint> checkpoint(Map<String, byte[]> files, NoteVerifierKey logKey,
            List<Verdict> verdicts) {
        byte[] bytes = files.get(EvidenceLayout.CHECKPOINT);
        if (bytes == null) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            if (!SignedNote.parse(bytes).encoded().equals(text)) {
                verdicts.add(Verdict.fail(EvidenceLayout.CHECKPOINT, "not in the exact form the node writes"));
                return Optional.empty();
            }
            VerifiedCheckpoint checkpoint = new CheckpointVerifier(logKey, witnessKeys).open(text);
            verdicts.add(Verdict.pass(EvidenceLayout.CHECKPOINT, "signed by the log key of "
                    + checkpoint.checkpoint().origin() + ", tree size " + checkpoint.checkpoint().treeSize()));
            checkCosignatures(SignedNote.parse(bytes), checkpoint, verdicts);
            return Optional.of(checkpoint);
        } catch (NoteException e) {
            verdicts.add(Verdict.fail(EvidenceLayout.CHECKPOINT, "signature or format refused: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private void checkCosignatures(SignedNote note, VerifiedCheckpoint checkpoint, List<Verdict> verdicts) {
        Set<NoteVerifierKey> cosigners = checkpoint.cosignatures().stream().map(VerifiedSignature::key)
                .collect(Collectors.toSet());
        for (NoteVerifierKey witness : witnessKeys) {
            verdicts.add(cosigners.contains(witness)
                    ? Verdict.pass("cosignature " + witness.name(), "verified")
                    : Verdict.fail("cosignature " + witness.name(), "absent or not valid"));
        }
        long unchecked = note.signatures().size() - 1 - cosigners.size();
        if (unchecked > 0) {
            verdicts.add(Verdict.note(EvidenceLayout.CHECKPOINT, unchecked
                    + " cosignature line(s) by witnesses not given with --witness-key were not checked"));
        }
    }

    private static Optional<List<AuditRecord>> events(Map<String, byte[]> files, VerifiedCheckpoint checkpoint,
            List<Verdict> verdicts) {
        byte[] bytes = files.get(EvidenceLayout.EVENTS);
        if (bytes == null) {
            return Optional.empty();
        }
        EvidenceEvents events;
        try {
            events = EvidenceEvents.parse(bytes);
        } catch (EvidenceException e) {
            verdicts.add(Verdict.fail(EvidenceLayout.EVENTS, e.getMessage()));
            return Optional.empty();
        }
        long treeSize = checkpoint.checkpoint().treeSize();
        if (events.treeSize() != treeSize || events.events().isEmpty()) {
            verdicts.add(Verdict.fail(EvidenceLayout.EVENTS, "names tree size " + events.treeSize() + " and "
                    + events.events().size() + " events; the checkpoint has tree size " + treeSize));
            return Optional.empty();
        }
        List<AuditRecord> leaves = new ArrayList<>();
        boolean allPassed = true;
        for (EvidenceEvents.EventEvidence event : events.events()) {
            String item = "event " + event.index();
            try {
                AuditRecord leaf = AuditEvent.parseLeaf(event.leaf());
                if (leaf.index() != event.index()) {
                    throw new EvidenceException("the leaf names index " + leaf.index());
                }
                if (!leaf.event().messageId().equals(Optional.of(events.messageId()))) {
                    throw new EvidenceException("the leaf is not about message " + events.messageId());
                }
                InclusionProofVerifier.verify(MerkleHashes.leafHash(event.leaf()),
                        new InclusionProof(event.index(), treeSize, event.inclusionProof()),
                        checkpoint.checkpoint().rootHash());
                verdicts.add(Verdict.pass(item, leaf.event().type() + " at " + leaf.event().time()
                        + ", included in the checkpoint root"));
                leaves.add(leaf);
            } catch (AuditException | EvidenceException | ProofVerificationException | IllegalArgumentException e) {
                verdicts.add(Verdict.fail(item, e.getMessage()));
                allPassed = false;
            }
        }
        return allPassed ? Optional.of(leaves) : Optional.empty();
    }

    private static void checkEnvelope(Map<String, byte[]> files, List<AuditRecord> events, List<Verdict> verdicts) {
        byte[] envelope = files.get(EvidenceLayout.ENVELOPE);
        if (envelope == null) {
            verdicts.add(EvidenceLayout.purgeAmong(events)
                    .map(purge -> Verdict.pass(EvidenceLayout.ENVELOPE, "not in the bundle: the content was purged at "
                            + purge.time() + " under " + purge.reasonCode().orElse("an unnamed rule")
                            + ", as the PURGED event says"))
                    .orElseGet(() -> Verdict.fail(EvidenceLayout.ENVELOPE, "missing from the bundle")));
            return;
        }
        String hash = sha256Hex(envelope);
        List<AuditRecord> naming = events.stream()
                .filter(record -> record.event().type() != AuditEventType.RECEIPT
                        && record.event().envelopeSha256().isPresent())
                .toList();
        if (naming.isEmpty()) {
            verdicts.add(Verdict.fail(EvidenceLayout.ENVELOPE, "no event names the envelope's SHA-256"));
            return;
        }
        List<Long> mismatched = naming.stream().filter(record -> !record.event().envelopeSha256().get().equals(hash))
                .map(AuditRecord::index).toList();
        verdicts.add(mismatched.isEmpty()
                ? Verdict.pass(EvidenceLayout.ENVELOPE, "SHA-256 " + hash + " is the one named by events "
                        + naming.stream().map(AuditRecord::index).toList())
                : Verdict.fail(EvidenceLayout.ENVELOPE, "SHA-256 " + hash + " differs from the one named by events "
                        + mismatched));
    }

    private static void checkReceipts(Map<String, byte[]> files, List<AuditRecord> events, List<Verdict> verdicts) {
        Set<String> receiptHashes = events.stream().map(AuditRecord::event)
                .filter(event -> event.type() == AuditEventType.RECEIPT).flatMap(event -> event.envelopeSha256().stream()).collect(Collectors.toSet());
        Set<String> bundled = new java.util.HashSet<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (EvidenceLayout.RECEIPT.matcher(file.getKey()).matches()) {
                String hash = sha256Hex(file.getValue());
                bundled.add(hash);
                verdicts.add(receiptHashes.contains(hash)
                        ? Verdict.pass(file.getKey(), "SHA-256 " + hash + " is named by a RECEIPT event")
                        : Verdict.fail(file.getKey(), "SHA-256 " + hash + " is named by no RECEIPT event"));
            }
        }
        long notBundled = receiptHashes.stream().filter(hash -> !bundled.contains(hash)).count();
        if (notBundled > 0) {
            verdicts.add(Verdict.note("receipts", notBundled + " receipt(s) named by RECEIPT events are not in the"
                    + " bundle (receipts this node issued are not kept in its receipt store)"));
        }
    }

    private void checkCertificates(Map<String, byte[]> files, List<AuditRecord> events, List<Verdict> verdicts) {
        byte[] crlBytes = files.get(EvidenceLayout.CRLS);
        if (crlBytes == null) {
            return;
        }
        Instant firstEvent = events.stream().map(record -> record.event().time()).min(Instant::compareTo).orElseThrow();
        List<X509Certificate> authorities = new ArrayList<>(trustRoots);
        Map<String, List<X509Certificate>> chains = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (EvidenceLayout.CHAIN.matcher(file.getKey()).matches()) {
                try {
                    List<X509Certificate> chain = PemText.readCertificates(file.getKey(), file.getValue());
                    chains.put(file.getKey(), chain);
                    authorities.addAll(chain.subList(1, chain.size()));
                } catch (EvidenceException e) {
                    verdicts.add(Verdict.fail(file.getKey(), e.getMessage()));
                }
            }
        }
        if (files.keySet().stream().noneMatch(name -> EvidenceLayout.CHAIN.matcher(name).matches())) {
            verdicts.add(Verdict.fail("certificates", "the bundle holds no certificate chain"));
        }
        List<X509CRL> crls;
        try {
            crls = PemText.readCrls(EvidenceLayout.CRLS, crlBytes);
        } catch (EvidenceException e) {
            verdicts.add(Verdict.fail(EvidenceLayout.CRLS, e.getMessage()));
            return;
        }
        for (X509CRL crl : crls) {
            verdicts.add(crlVerdict(crl, authorities));
        }
        CertificatePathValidator validator = new CertificatePathValidator(trustRoots, List.of(), crls);
        for (Map.Entry<String, List<X509Certificate>> chain : chains.entrySet()) {
            try {
                validator.validate(chain.getValue(), firstEvent, KeyUsageRequirement.SIGNING);
                verdicts.add(Verdict.pass(chain.getKey(), chain.getValue().get(0).getSubjectX500Principal().getName()
                        + " chains to the trusted root, not revoked, valid at " + firstEvent));
            } catch (CertificateCheckException e) {
                verdicts.add(Verdict.fail(chain.getKey(), e.problem() + ": " + e.getMessage()));
            }
        }
    }

    private static Verdict crlVerdict(X509CRL crl, List<X509Certificate> authorities) {
        String item = EvidenceLayout.CRLS + " (" + crl.getIssuerX500Principal().getName() + ")";
        for (X509Certificate authority : authorities) {
            if (authority.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                try {
                    crl.verify(authority.getPublicKey(), CryptoProvider.bouncyCastle());
                    return Verdict.pass(item, "signed by its issuer, this update " + crl.getThisUpdate().toInstant());
                } catch (GeneralSecurityException e) {
                    return Verdict.fail(item, "signature does not verify with its issuer's key");
                }
            }
        }
        return Verdict.fail(item, "issued by no CA of the bundle or the trusted roots");
    }

    private static void checkReadme(Map<String, byte[]> files, Optional<List<AuditRecord>> leaves,
            List<Verdict> verdicts) {
        byte[] readme = files.get(EvidenceLayout.README);
        byte[] events = files.get(EvidenceLayout.EVENTS);
        if (readme == null || events == null) {
            return;
        }
        Optional<String> messageId;
        try {
            messageId = Optional.of(EvidenceEvents.parse(events).messageId());
        } catch (EvidenceException e) {
            messageId = Optional.empty();
        }
        Optional<AuditEvent> purge = leaves.flatMap(EvidenceLayout::purgeAmong);
        boolean same = messageId.map(id -> EvidenceLayout.readme(id, purge)
                .equals(new String(readme, StandardCharsets.UTF_8))).orElse(false);
        verdicts.add(same ? Verdict.pass(EvidenceLayout.README, "the text this version writes")
                : Verdict.fail(EvidenceLayout.README, "differs from the text this version writes"));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new EvidenceException("SHA-256 is not available", e);
        }
    }
}
