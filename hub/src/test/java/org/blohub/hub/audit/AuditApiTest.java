package org.blohub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.LockedAccountEntryPoint;
import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.merkle.ConsistencyProofVerifier;
import org.blohub.crypto.merkle.InclusionProof;
import org.blohub.crypto.merkle.InclusionProofVerifier;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.crypto.note.Checkpoint;
import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.note.SignedNote;
import org.blohub.crypto.note.VerifiedCheckpoint;
import org.blohub.hub.store.jdbc.JdbcStoreConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.artemis.autoconfigure.ArtemisAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit API over a real node database and the real security chain, called over HTTP. An auditor can
 * verify the log from the API alone: the checkpoint, the entries and the proofs it serves.
 */
@SpringBootTest(classes = AuditApiTest.AuditApiNode.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:audit-api;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "spring.datasource.username=sa", "spring.datasource.password=", "camel.main.name=audit-api-test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest {

    static final AuditOrigin ORIGIN = new AuditOrigin("blohub.example", "th");
    static final NoteSigner LOG_KEY = AuditedNode.newLogKey(ORIGIN);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @EnableAutoConfiguration(exclude = ArtemisAutoConfiguration.class)
    @Import({JdbcStoreConfiguration.class, AuditApiController.class, AuditApiSecurity.class})
    // not a @Configuration: the node application's component scan must not pick it up in the ITs
    static class AuditApiNode {

        @Bean
        AuditLeafEncoder auditLeafEncoder() {
            return new CanonicalAuditLeafEncoder();
        }

        @Bean
        AuditTree auditTree(TreeHashStore auditTreeHashes) {
            return new AuditTree(auditTreeHashes);
        }

        @Bean
        CheckpointStore checkpointStore(DataSource dataSource) {
            return new JdbcCheckpointStore(dataSource);
        }

        @Bean
        CheckpointPublisher checkpointPublisher(AuditTree tree, CheckpointStore checkpoints) {
            return new CheckpointPublisher(tree, LOG_KEY, ORIGIN, checkpoints, Clock.systemUTC());
        }

        @Bean
        LockedAccountEntryPoint lockedAccountEntryPoint() {
            return new LockedAccountEntryPoint(new AccountLockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                    Clock.systemUTC());
        }

        @Bean
        UserDetailsService users() {
            var passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
            return new InMemoryUserDetailsManager(
                    User.withUsername("th-auditor").password(passwords.encode("audit-pass")).roles("AUDITOR").build(),
                    User.withUsername("th-maesai-duty").password(passwords.encode("duty-pass")).roles("OFFICER")
                            .build(),
                    User.withUsername("th-admin").password(passwords.encode("admin-pass")).roles("ADMIN").build());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    CheckpointPublisher publisher;

    @Autowired
    CheckpointStore checkpoints;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Cosigner laos = cosigner();
    private String checkpointAt6;

    private static Cosigner cosigner() {
        try {
            return Cosigner.generate("blohub.example/la/witness", new SecureRandom());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @BeforeAll
    void logWithTwoCheckpoints() throws Exception {
        for (int n = 0; n < 6; n++) {
            auditLog.append(AuditedNode.sent(n));
        }
        checkpointAt6 = publisher.publishIfGrown().orElseThrow().signedNote().encoded();
        for (int n = 6; n < 1005; n++) {
            auditLog.append(AuditedNode.sent(n));
        }
        auditLog.append(new AuditEvent(AuditedNode.START, AuditEventType.LOGIN, Optional.empty(), Optional.empty(),
                Optional.of("TH-CHIANGKHONG"), List.of(), "officer:th-chiangkhong-duty", Optional.empty(),
                Optional.empty()));
        StoredCheckpoint latest = publisher.publishIfGrown().orElseThrow();
        checkpoints.addCosignature(latest.treeSize(), laos.cosign(Checkpoint.parse(latest.signedNote().text()),
                Instant.now()), Instant.now());
    }

    record Reply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Reply get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private Reply asAuditor(String path) throws Exception {
        return get(path, "th-auditor", "audit-pass");
    }

    private static List<byte[]> hashes(JsonNode path) {
        List<byte[]> hashes = new ArrayList<>();
        path.forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asString())));
        return hashes;
    }

    @Nested
    class ForAnAuditor {

        @Test
        void servesTheLatestCheckpointWithItsCosignatureAsASignedNote() throws Exception {
            Reply reply = asAuditor("/api/audit/checkpoint");

            assertThat(reply.status()).isEqualTo(200);
            VerifiedCheckpoint verified = new CheckpointVerifier(LOG_KEY.verifierKey(), List.of(laos.verifierKey()))
                    .open(reply.body());
            assertThat(verified.checkpoint().treeSize()).isEqualTo(1006);
            assertThat(verified.checkpoint().origin()).isEqualTo("blohub.example/th/audit");
            assertThat(verified.cosignatures()).hasSize(1);
        }

        @Test
        void servesEntriesInPagesFromWhichTheLogVerifiesAgainstTheCheckpoint() throws Exception {
            List<LogEntry> entries = new ArrayList<>();
            Optional<Long> next = Optional.of(0L);
            int pages = 0;
            while (next.isPresent()) {
                JsonNode page = asAuditor("/api/audit/entries?start=" + next.get()).json();
                page.get("entries").forEach(entry -> entries.add(LogEntry.served(entry.get("index").asLong(),
                        Base64.getDecoder().decode(entry.get("leaf").asString()))));
                next = page.hasNonNull("next") ? Optional.of(page.get("next").asLong()) : Optional.empty();
                pages++;
            }

            assertThat(pages).isEqualTo(2);
            assertThat(entries).hasSize(1006);
            String checkpoint = asAuditor("/api/audit/checkpoint").body();
            LogAuditResult result = new LogAuditor(new CheckpointVerifier(LOG_KEY.verifierKey(), List.of()))
                    .audit(checkpoint, entries, Optional.empty());
            assertThat(result.defect()).isEmpty();
            assertThat(entries.get(1005).leafBytes()).isEqualTo(auditLog.read(1005, 1).get(0).leafBytes());
        }

        @Test
        void servesInclusionAndConsistencyProofsThatVerifyAgainstTheSignedRoots() throws Exception {
            Checkpoint latest = Checkpoint.parse(SignedNote.parse(asAuditor("/api/audit/checkpoint").body()).text());
            Checkpoint early = Checkpoint.parse(SignedNote.parse(checkpointAt6).text());
            byte[] leaf = Base64.getDecoder().decode(asAuditor("/api/audit/entries?start=700&end=701").json()
                    .get("entries").get(0).get("leaf").asString());

            JsonNode inclusion = asAuditor("/api/audit/proof/inclusion?index=700&size=1006").json();
            InclusionProofVerifier.verify(MerkleHashes.leafHash(leaf),
                    new InclusionProof(700, 1006, hashes(inclusion.get("path"))), latest.rootHash());
            JsonNode consistency = asAuditor("/api/audit/proof/consistency?first=6&second=1006").json();
            ConsistencyProofVerifier.verify(new ConsistencyProof(6, 1006, hashes(consistency.get("path"))),
                    early.rootHash(), latest.rootHash());
        }

        @Test
        void refusesAProofBeyondTheLog() throws Exception {
            assertThat(asAuditor("/api/audit/proof/inclusion?index=3&size=5000").status()).isEqualTo(400);
        }

        @Test
        void findsEventsByMessageByOfficeAndByTypeAndTime() throws Exception {
            JsonNode byMessage = asAuditor("/api/audit/events?messageId=" + AuditedNode.messageId(42)).json();
            assertThat(byMessage).singleElement().satisfies(event -> assertThat(event.get("index").asLong())
                    .isEqualTo(42));

            JsonNode logins = asAuditor("/api/audit/events?office=TH-CHIANGKHONG&type=LOGIN").json();
            assertThat(logins).singleElement().satisfies(event -> assertThat(event.get("index").asLong())
                    .isEqualTo(1005));

            JsonNode window = asAuditor("/api/audit/events?office=MM-TACHILEIK&from="
                    + AuditedNode.START.plusSeconds(10) + "&until=" + AuditedNode.START.plusSeconds(13)).json();
            assertThat(window).extracting(event -> event.get("index").asLong()).containsExactly(10L, 11L, 12L);
        }
    }

    @Nested
    class ForAnyoneElse {

        @Test
        void anOfficerIsForbidden() throws Exception {
            assertThat(get("/api/audit/checkpoint", "th-maesai-duty", "duty-pass").status()).isEqualTo(403);
            assertThat(get("/api/audit/entries?start=0", "th-maesai-duty", "duty-pass").status()).isEqualTo(403);
        }

        @Test
        void anAdministratorIsForbidden() throws Exception {
            assertThat(get("/api/audit/events?type=LOGIN", "th-admin", "admin-pass").status()).isEqualTo(403);
        }

        @Test
        void anAnonymousCallerMustAuthenticate() throws Exception {
            assertThat(get("/api/audit/checkpoint", null, null).status()).isEqualTo(401);
        }

        @Test
        void nobodyCanWriteThroughTheAuditApi() throws Exception {
            HttpRequest delete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/entries"))
                    .DELETE().header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("th-auditor:audit-pass".getBytes(StandardCharsets.UTF_8))).build();
            assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class VerifyLogCommandAgainstTheNode {

        @TempDir
        Path files;

        private int run(ByteArrayOutputStream out, String... args) {
            PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
            return new CommandLine(new VerifyLogCommand(printer, printer)).execute(args);
        }

        private String[] args(String user, String password, String... more) {
            List<String> all = new ArrayList<>(List.of("--url", "http://localhost:" + port, "--log-key",
                    LOG_KEY.verifierKey().encoded(), "--witness-key", laos.verifierKey().encoded(), "--user", user,
                    "--password", password));
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }

        @Test
        void verifiesTheWholeLogAndThatTheSavedCheckpointIsAPrefixThenSavesTheNewOne() throws Exception {
            Path saved = Files.writeString(files.resolve("since.txt"), checkpointAt6);
            Path next = files.resolve("next.txt");
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = run(out, args("th-auditor", "audit-pass", "--since", saved.toString(), "--save", next.toString()));

            String report = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(report).isZero();
            assertThat(report).contains("PASS log: 1006 entries", "PASS saved checkpoint: tree size 6 is a prefix",
                    "1 verified cosignature(s)", "entries [########################################] 1006/1006",
                    "VERIFIED");
            assertThat(Files.readString(next)).isEqualTo(asAuditor("/api/audit/checkpoint").body());
        }

        @Test
        void failsWhenTheSavedCheckpointBelongsToAnotherHistorySignedWithTheSameKey() throws Exception {
            byte[] otherRoot = MerkleHashes.leafHash("another history".getBytes(StandardCharsets.UTF_8));
            Path saved = Files.writeString(files.resolve("forked.txt"),
                    new CheckpointSigner(LOG_KEY).sign(6, otherRoot).encoded());
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = run(out, args("th-auditor", "audit-pass", "--since", saved.toString()));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL saved checkpoint", "history was rewritten",
                    "NOT VERIFIED");
        }

        @Test
        void cannotRunWithAnOfficersCredentials() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThat(run(out, args("th-maesai-duty", "duty-pass"))).isEqualTo(2);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("HTTP 403");
        }
    }
}
