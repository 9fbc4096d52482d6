package org.blohub.hub.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.crypto.note.NoteSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleVerifierTest {

    private HandBuiltBundle bundle;
    private EvidenceBundleVerifier verifier;

    @BeforeAll
    void buildBundle() throws Exception {
        bundle = new HandBuiltBundle();
        verifier = new EvidenceBundleVerifier(List.of(bundle.root()), Optional.empty(), List.of());
    }

    @Test
    void anIntactBundleVerifiesWithEveryItemPassing() throws Exception {
        EvidenceReport report = verifier.verify(bundle.zip());

        assertThat(report.verified()).as(report.verdicts().toString()).isTrue();
        assertThat(report.verdicts()).extracting(Verdict::item).contains("log.vkey", "checkpoint.txt", "event 1",
                "event 2", "envelope.p7m", "receipt-1.p7m", "chain-TH-MAESAI.pem", "chain-LA-HOUAYXAY.pem",
                "README.txt");
    }

    @Test
    void anEnvelopeOtherThanTheOneTheLogNamesFails() throws Exception {
        EvidenceReport report = verifier.verify(bundle.zipWith(Map.of(EvidenceLayout.ENVELOPE,
                "another envelope".getBytes(StandardCharsets.US_ASCII))));

        assertThat(failedItems(report)).containsExactly("envelope.p7m");
    }

    @Test
    void aReceiptNoReceiptEventNamesFails() throws Exception {
        EvidenceReport report = verifier.verify(bundle.zipWith(Map.of(EvidenceLayout.receiptName(2),
                "unlogged receipt".getBytes(StandardCharsets.US_ASCII))));

        assertThat(failedItems(report)).containsExactly("receipt-2.p7m");
    }

    @Test
    void aLogKeyOtherThanTheExpectedOneFailsEvenIfItSignedTheCheckpoint() throws Exception {
        NoteSigner registryKey = NoteSigner.generate("test.example/TH/audit", new SecureRandom());
        EvidenceReport report = new EvidenceBundleVerifier(List.of(bundle.root()),
                Optional.of(registryKey.verifierKey()), List.of()).verify(bundle.zip());

        assertThat(failedItems(report)).contains("log.vkey");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void theExpectedLogKeyPasses() throws Exception {
        EvidenceReport report = new EvidenceBundleVerifier(List.of(bundle.root()),
                Optional.of(bundle.logKey.verifierKey()), List.of()).verify(bundle.zip());

        assertThat(report.verified()).isTrue();
    }

    @Test
    void aMissingWitnessCosignatureFails() throws Exception {
        NoteSigner witness = NoteSigner.generate("test.example/LA/witness", new SecureRandom());
        EvidenceReport report = new EvidenceBundleVerifier(List.of(bundle.root()), Optional.empty(),
                List.of(org.blohub.crypto.note.NoteVerifierKey.of(witness.name(),
                        org.blohub.crypto.note.SignatureType.ED25519_COSIGNATURE, witness.verifierKey().publicKey())))
                .verify(bundle.zip());

        assertThat(failedItems(report)).containsExactly("cosignature test.example/LA/witness");
    }

    @Test
    void anotherRootDoesNotAnchorTheChainsOrTheCrls() throws Exception {
        HandBuiltBundle other = new HandBuiltBundle();
        EvidenceReport report = new EvidenceBundleVerifier(List.of(other.root()), Optional.empty(), List.of())
                .verify(bundle.zip());

        assertThat(failedItems(report)).contains("chain-TH-MAESAI.pem", "chain-LA-HOUAYXAY.pem");
    }

    @Test
    void aSignerRevokedBeforeTheMessageFails() throws Exception {
        HandBuiltBundle revoked = new HandBuiltBundle();
        revoked.pki.nationalCa("TH").revoke(revoked.sender.certificate(), HandBuiltBundle.ISSUED.plusSeconds(60));
        EvidenceReport report = new EvidenceBundleVerifier(List.of(revoked.root()), Optional.empty(), List.of())
                .verify(revoked.zipWith(Map.of(EvidenceLayout.CRLS, revoked.currentCrls())));

        assertThat(failedItems(report)).containsExactly("chain-TH-MAESAI.pem");
    }

    @Test
    void aPurgedMessagesBundleVerifiesWithoutItsEnvelopeAndSaysWhenAndUnderWhichRule() throws Exception {
        HandBuiltBundle purged = HandBuiltBundle.ofPurgedMessage();
        EvidenceReport report = new EvidenceBundleVerifier(List.of(purged.root()), Optional.empty(), List.of())
                .verify(purged.zip());

        assertThat(report.verified()).as(report.verdicts().toString()).isTrue();
        assertThat(report.verdicts()).contains(Verdict.pass("envelope.p7m", "not in the bundle: the content was "
                + "purged at " + HandBuiltBundle.PURGED + " under " + HandBuiltBundle.RULE
                + ", as the PURGED event says"));
        assertThat(new String(purged.file(EvidenceLayout.README), StandardCharsets.US_ASCII))
                .contains("purged on the node at " + HandBuiltBundle.PURGED, HandBuiltBundle.RULE);
    }

    @Test
    void aBundleWithoutItsEnvelopeFailsUnlessAPurgedLeafSaysSo() throws Exception {
        Map<String, byte[]> changes = new HashMap<>();
        changes.put(EvidenceLayout.ENVELOPE, null);

        EvidenceReport report = verifier.verify(bundle.zipWith(changes));

        assertThat(report.verdicts()).contains(Verdict.fail("envelope.p7m", "missing from the bundle"));
    }

    @Test
    void aPurgedMessagesBundleWhoseReadmeLeavesOutThePurgeFails() throws Exception {
        HandBuiltBundle purged = HandBuiltBundle.ofPurgedMessage();
        byte[] plainReadme = bundle.file(EvidenceLayout.README);

        EvidenceReport report = new EvidenceBundleVerifier(List.of(purged.root()), Optional.empty(), List.of())
                .verify(purged.zipWith(Map.of(EvidenceLayout.README, plainReadme)));

        assertThat(failedItems(report)).containsExactly("README.txt");
    }

    @Test
    void aMissingOrUnknownFileFails() throws Exception {
        Map<String, byte[]> changes = new HashMap<>();
        changes.put(EvidenceLayout.CRLS, null);
        changes.put("notes.txt", "trust me".getBytes(StandardCharsets.US_ASCII));

        EvidenceReport report = verifier.verify(bundle.zipWith(changes));

        assertThat(failedItems(report)).contains("crls.pem", "notes.txt");
    }

    @Test
    void aPemFileWithAnExtraLineBreakFails() throws Exception {
        byte[] crls = bundle.file(EvidenceLayout.CRLS);
        byte[] changed = (new String(crls, StandardCharsets.US_ASCII) + "\n").getBytes(StandardCharsets.US_ASCII);

        EvidenceReport report = verifier.verify(bundle.zipWith(Map.of(EvidenceLayout.CRLS, changed)));

        assertThat(failedItems(report)).containsExactly("crls.pem");
    }

    @Test
    void somethingThatIsNotAZipFails() {
        EvidenceReport report = verifier.verify("not a zip".getBytes(StandardCharsets.US_ASCII));

        assertThat(report.verified()).isFalse();
        assertThat(failedItems(report)).containsExactly("bundle");
    }

    private static List<String> failedItems(EvidenceReport report) {
        return report.verdicts().stream().filter(Verdict::failed).map(Verdict::item).toList();
    }
}
