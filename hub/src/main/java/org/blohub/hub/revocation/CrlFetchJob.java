package org.blohub.hub.revocation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.publication.LocalCopy;
import org.blohub.hub.publication.PublishedFileException;
import org.blohub.hub.publication.PublishedFileFetch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code blo.pki.crl-refresh} the node fetches the CRLs its authorities publish at {@code blo.pki.crl-urls}
 * (DER or PEM) and puts each in its CRL file in place of the CRL of the same issuer; the others stay. It checks
 * nothing itself: {@link CrlRefreshJob} applies the file, or refuses it, exactly as a file an operator wrote. A URL
 * that cannot be fetched leaves that authority's CRL as it was.
 */
final class CrlFetchJob extends BackgroundJob {

    static final String FETCHED = "BLO-CRL-004";
    static final String NOT_FETCHED = "BLO-CRL-005";
    private static final Logger LOG = LoggerFactory.getLogger(CrlFetchJob.class);

    private final List<URI> urls;
    private final LocalCopy crlFile;
    private final PublishedFileFetch fetch;

    CrlFetchJob(List<URI> urls, LocalCopy crlFile, PublishedFileFetch fetch, Duration interval) {
        super("crl-fetch", Duration.ZERO, interval);
        this.urls = List.copyOf(urls);
        this.crlFile = crlFile;
        this.fetch = fetch;
    }

    @Override
    protected void runOnce() {
        Map<String, X509CRL> byIssuer = new LinkedHashMap<>();
        try {
            if (Files.exists(crlFile.file())) {
                PemFiles.readCrls(crlFile.file()).forEach(crl -> byIssuer.put(issuerOf(crl), crl));
            }
        } catch (PkiException e) {
            LOG.warn("{} the CRL file {} cannot be read, so fetched CRLs replace it whole: {}", NOT_FETCHED,
                    crlFile.file(), e.getMessage());
        }
        List<URI> fetched = new ArrayList<>();
        for (URI url : urls) {
            try {
                crlsAt(url).forEach(crl -> byIssuer.put(issuerOf(crl), crl));
                fetched.add(url);
            } catch (PublishedFileException e) {
                LOG.warn("{} the node keeps the CRL it has for that authority: {}", NOT_FETCHED, e.getMessage());
            }
        }
        if (fetched.isEmpty()) {
            return;
        }
        try {
            String pem = PemFiles.crlsPem(new ArrayList<>(byIssuer.values()));
            if (crlFile.replaceWith(pem.getBytes(StandardCharsets.US_ASCII))) {
                LOG.info("{} fetched changed CRLs from {} into {}; they are checked before they apply", FETCHED,
                        fetched, crlFile.file());
            }
        } catch (PublishedFileException e) {
            LOG.warn("{} {}", NOT_FETCHED, e.getMessage());
        }
    }

    private List<X509CRL> crlsAt(URI url) throws PublishedFileException {
        byte[] bytes = fetch.fetch(url);
        try {
            List<X509CRL> crls = CertificateFactory.getInstance("X.509")
                    .generateCRLs(new ByteArrayInputStream(bytes)).stream()
                    .map(X509CRL.class::cast)
                    .toList();
            if (crls.isEmpty()) {
                throw new PublishedFileException("no CRL at " + url);
            }
            return crls;
        } catch (CRLException | CertificateException e) {
            throw new PublishedFileException("what " + url + " serves is not a CRL: " + e.getMessage(), e);
        }
    }

    private static String issuerOf(X509CRL crl) {
        return crl.getIssuerX500Principal().getName();
    }
}
