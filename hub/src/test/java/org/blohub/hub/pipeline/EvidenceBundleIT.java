package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.evidence.EvidenceBundleVerifier;
import org.blohub.hub.audit.evidence.EvidenceReport;
import org.blohub.hub.audit.evidence.VerifyEvidenceCommand;
import org.blohub.hub.node.NodeMaterial;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import picocli.CommandLine;

/**
 * A real TH -> LA exchange; TH's evidence bundle for the message, fetched by an auditor, verifies offline
 * with only the bundle and the regional root, and no byte of any of its files can change unnoticed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceBundleIT {

    private static final String AUDITOR = "th-evidence-auditor";
    private static final String AUDITOR_PASSWORD = "auditor-pass-8152";

    @TempDir
    static Path directory;

    private TwoNodes nodes;
    private String messageId;
    private byte[] bundle;
    private Path root;
    private NoteVerifierKey laWitnessKey;

    @BeforeAll
    void exchangeAMessageAndFetchItsEvidence() throws Exception {
        nodes = new TwoNodes(directory, Map.of("blo.audit.checkpoint-interval", "500ms"));
        Files.writeString(new NodeMaterial(nodes.material, "TH").callers(), "\nofficer." + AUDITOR
                + ".office=TH-CHIANGKHONG\nofficer." + AUDITOR + ".password={bcrypt}"
                + new BCryptPasswordEncoder().encode(AUDITOR_PASSWORD) + "\nofficer." + AUDITOR + ".role=AUDITOR\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        nodes.start();
        root = new NodeMaterial(nodes.material, "TH").trustRoot();
        messageId = nodes.submitThToLa("Evidence for the exchange");
        await().atMost(TwoNodes.PATIENCE).until(() -> nodes.asSystem(nodes.th, "TH-CHIANGKHONG", "GET",
                "/api/messages/" + messageId, null).json().get("receipts").size() == 1);
        // both nodes cosign each other's checkpoints (keys from the signed registry): wait for LA's cosignature
        bundle = await().atMost(TwoNodes.PATIENCE).until(() -> evidence(nodes.th, AUDITOR, AUDITOR_PASSWORD),
                response -> response.statusCode() == 200 && cosignedByLa(response.body())).body();
        laWitnessKey = nodes.la.getBean(org.blohub.hub.registry.NetworkRegistry.class).node("LA").orElseThrow()
                .auditKeys().witnessKey();
    }

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void theBundleOfARealExchangeVerifiesWithOnlyTheBundleAndTheRootCertificate() throws Exception {
        Path file = directory.resolve("evidence.zip");
        Files.write(file, bundle);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = new CommandLine(new VerifyEvidenceCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err)).execute(file.toString(), "--trust", root.toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(report).isZero();
        assertThat(report).contains("PASS checkpoint.txt", "PASS envelope.p7m", "PASS receipt-1.p7m",
                "PASS chain-TH-CHIANGKHONG.pem", "PASS chain-LA-HOUAYXAY.pem", "PASS README.txt",
                "check it against the network registry or out of band")
                .doesNotContain("FAIL").endsWith("VERIFIED" + System.lineSeparator());
        assertThat(filesOf(bundle).keySet()).contains("envelope.p7m", "receipt-1.p7m", "events.json",
                "checkpoint.txt", "log.vkey", "crls.pem", "README.txt");
    }

    @Test
    void theBundlesLogKeyIsTheNodesPublishedVerifierKey() throws Exception {
        Path file = directory.resolve("evidence-pinned.zip");
        Files.write(file, bundle);
        Path publishedKey = directory.resolve("TH").resolve("audit").resolve("log.key.vkey");

        int exitCode = new CommandLine(new VerifyEvidenceCommand(new PrintStream(new ByteArrayOutputStream()),
                System.err)).execute(file.toString(), "--trust", root.toString(), "--log-key", publishedKey.toString());

        assertThat(exitCode).isZero();
        assertThat(filesOf(bundle).get("log.vkey")).isEqualTo(Files.readAllBytes(publishedKey));
    }

    @Test
    void theEnvelopeInTheBundleIsTheOneLaReceived() throws Exception {
        byte[] envelope = filesOf(bundle).get("envelope.p7m");
        String receivedHash = nodes.la.getBean(org.blohub.hub.store.MessageStore.class)
                .find(messageId, org.blohub.hub.store.Direction.INBOUND).orElseThrow().summary().envelopeSha256();
        assertThat(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(envelope))).isEqualTo(receivedHash);
    }

    @Test
    void flippingAnyByteOfAnyFileMakesVerificationFail() throws Exception {
        // with LA's registry witness key, as an auditor holding the registry checks it: a cosignature line by a
        // witness not given is only reported as not checked, so a flip inside it would otherwise go unnoticed
        EvidenceBundleVerifier verifier = new EvidenceBundleVerifier(PemFiles.readCertificates(root),
                Optional.empty(), List.of(laWitnessKey));
        assertThat(verifier.verify(bundle).verified()).isTrue();
        Map<String, byte[]> files = filesOf(bundle);
        List<String> undetected = new ArrayList<>();
        int flips = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            int length = file.getValue().length;
            for (int position : List.of(0, 1, length / 3, length / 2, 2 * length / 3, length - 2, length - 1)) {
                for (int bit : List.of(0x01, 0x80)) {
                    Map<String, byte[]> altered = new LinkedHashMap<>(files);
                    byte[] bytes = file.getValue().clone();
                    bytes[position] ^= (byte) bit;
                    altered.put(file.getKey(), bytes);
                    EvidenceReport report = verifier.verify(zip(altered));
                    flips++;
                    if (report.verified()) {
                        undetected.add(file.getKey() + "@" + position + "^" + bit);
                    }
                }
            }
        }
        assertThat(undetected).as("flips that still verified").isEmpty();
        assertThat(flips).isGreaterThanOrEqualTo(files.size() * 14);
    }

    @Test
    void aBundleWithAFileLeftOutOrAddedFails() throws Exception {
        EvidenceBundleVerifier verifier = new EvidenceBundleVerifier(PemFiles.readCertificates(root),
                Optional.empty(), List.of());
        Map<String, byte[]> withoutEnvelope = new LinkedHashMap<>(filesOf(bundle));
        withoutEnvelope.remove("envelope.p7m");
        Map<String, byte[]> withExtra = new LinkedHashMap<>(filesOf(bundle));
        withExtra.put("notes.txt", "trust me".getBytes(StandardCharsets.UTF_8));

        assertThat(verifier.verify(zip(withoutEnvelope)).verified()).isFalse();
        assertThat(verifier.verify(zip(withExtra)).verified()).isFalse();
    }

    @Test
    void onlyAuditorsGetTheBundle() throws Exception {
        var officer = nodes.credentials.officerOf("TH-CHIANGKHONG");
        assertThat(evidence(nodes.th, officer.user(), officer.password()).statusCode()).isEqualTo(403);
        assertThat(evidence(nodes.th, AUDITOR, "wrong-password").statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> evidence(ConfigurableApplicationContext node, String user, String password)
            throws IOException, InterruptedException {
        String port = node.getEnvironment().getProperty("local.server.port");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/messages/" + messageId + "/evidence"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean cosignedByLa(byte[] bundle) {
        try {
            return new String(filesOf(bundle).get("checkpoint.txt"), StandardCharsets.UTF_8).contains("/LA/witness ");
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, byte[]> filesOf(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
