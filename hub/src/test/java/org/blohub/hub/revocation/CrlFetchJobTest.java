package org.blohub.hub.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileFetch;
import org.blohub.hub.publication.PublishingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national CA publishes its CRL (DER) on a web server; the node fetches it into its CRL file in place of the CRL of
 * the same CA, and the CRL refresh then applies it: a peer's revoked TLS certificate counts as revoked.
 */
class CrlFetchJobTest {

    private final Clock clock = Clock.systemUTC();
    private final DevelopmentPki pki = DevelopmentPki.create("Mekong", clock);
    private final Credential laosTls = pki.issueNodeTls("LA-BROKER", List.of("localhost"));
    private final PublishingServer server = new PublishingServer();

    @TempDir
    Path directory;

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    @Test
    void aFetchedCrlReplacesTheCrlOfItsIssuerAndIsThenAppliedByTheRefresh() throws Exception {
        Path crlFile = directory.resolve("crls.pem");
        List<X509CRL> atStart = pki.crls();
        PemFiles.writeCrls(crlFile, atStart);
        CurrentCrls current = new CurrentCrls(atStart);
        CrlRefreshJob refresh = new CrlRefreshJob(crlFile, new CrlSetCheck(List.of(pki.root().certificate(),
                pki.nationalCa("LA").certificate())), current, clock, Duration.ofMinutes(10));
        CrlPeerRevocation revocation = new CrlPeerRevocation(current, clock);

        Instant revokedAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        pki.nationalCa("LA").revoke(laosTls.certificate(), revokedAt);
        server.publish("/la-ca.crl", pki.nationalCa("LA").currentCrl().getEncoded());
        fetchJob("/la-ca.crl").runOnce();
        refresh.refresh();

        List<X509CRL> inTheFile = PemFiles.readCrls(crlFile);
        assertThat(inTheFile).hasSize(2);
        assertThat(inTheFile).anySatisfy(crl -> assertThat(crl.getIssuerX500Principal())
                .isEqualTo(pki.root().certificate().getSubjectX500Principal()));
        assertThat(revocation.revokedSince(laosTls.certificate())).contains(revokedAt);
    }

    @Test
    void aUrlThatCannotBeFetchedLeavesTheFileAsItWas() throws Exception {
        Path crlFile = directory.resolve("crls.pem");
        PemFiles.writeCrls(crlFile, pki.crls());
        byte[] before = Files.readAllBytes(crlFile);

        fetchJob("/withdrawn.crl").runOnce();

        assertThat(Files.readAllBytes(crlFile)).isEqualTo(before);
    }

    @Test
    void somethingThatIsNotACrlLeavesTheFileAsItWas() throws Exception {
        Path crlFile = directory.resolve("crls.pem");
        PemFiles.writeCrls(crlFile, pki.crls());
        byte[] before = Files.readAllBytes(crlFile);
        server.publish("/la-ca.crl", "<html>maintenance</html>".getBytes(StandardCharsets.US_ASCII));

        fetchJob("/la-ca.crl").runOnce();

        assertThat(Files.readAllBytes(crlFile)).isEqualTo(before);
    }

    private CrlFetchJob fetchJob(String path) {
        return new CrlFetchJob(List.of(server.uri(path)), new LocalCopy(directory.resolve("crls.pem")),
                new PublishedFileFetch(Duration.ofSeconds(5)), Duration.ofMinutes(10));
    }
}
