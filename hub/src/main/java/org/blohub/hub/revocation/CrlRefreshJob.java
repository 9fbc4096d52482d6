package org.blohub.hub.revocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.node.BackgroundJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code blo.pki.crl-refresh} the node reads its CRL file again ({@code pki/crls.pem} of its material, where
 * the operator or a fetch script puts the CRLs the national CAs publish). A changed file that passes
 * {@link CrlSetCheck} replaces the current CRLs at once, without a restart; one that does not is refused and the
 * node keeps checking against what it had.
 */
final class CrlRefreshJob extends BackgroundJob {

    static final String APPLIED = "BLO-CRL-001";
    static final String REFUSED = "BLO-CRL-002";
    static final String OVERDUE = "BLO-CRL-003";
    private static final Logger LOG = LoggerFactory.getLogger(CrlRefreshJob.class);

    private final Path file;
    private final CrlSetCheck check;
    private final CurrentCrls current;
    private final Clock clock;
    private final Set<X509CRL> reportedOverdue = new HashSet<>();
    private byte[] lastRead;

    /** @param current the CRLs read from {@code file} at start */
    CrlRefreshJob(Path file, CrlSetCheck check, CurrentCrls current, Clock clock, Duration interval) {
        super("crl-refresh", interval, interval);
        this.file = file;
        this.check = check;
        this.current = current;
        this.clock = clock;
        this.lastRead = read().orElse(new byte[0]);
    }

    @Override
    protected void runOnce() {
        Optional<byte[]> bytes = read();
        if (bytes.isPresent() && !Arrays.equals(bytes.get(), lastRead)) {
            lastRead = bytes.get();
            refresh();
        }
        reportOverdue();
    }

    /** Reads and applies the file now, whether or not it changed since the last run. */
    void refresh() {
        List<X509CRL> newer;
        try {
            newer = PemFiles.readCrls(file);
        } catch (PkiException e) {
            LOG.error("{} CRL file {} refused, the node keeps its current CRLs: {}", REFUSED, file, e.getMessage());
            return;
        }
        Optional<String> refusal = check.refusal(current.crls(), newer);
        if (refusal.isPresent()) {
            LOG.error("{} CRL file {} refused, the node keeps its current CRLs: {}", REFUSED, file, refusal.get());
            return;
        }
        current.replace(newer);
        LOG.info("{} CRLs from {} applied: {} CRL(s), {} revoked certificate(s)", APPLIED, file, newer.size(),
                newer.stream().mapToInt(crl -> crl.getRevokedCertificates() == null ? 0
                        : crl.getRevokedCertificates().size()).sum());
    }

    /** Once per CRL: a CRL past its next update may miss revocations its authority has published since. */
    private void reportOverdue() {
        Instant now = clock.instant();
        for (X509CRL crl : CrlFreshness.overdue(current.crls(), now)) {
            if (reportedOverdue.add(crl)) {
                LOG.warn("{} the CRL of {} was due for its next update at {}: put the authority's newer CRL into {}",
                        OVERDUE, crl.getIssuerX500Principal().getName(), crl.getNextUpdate().toInstant(), file);
            }
        }
    }

    private Optional<byte[]> read() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            LOG.error("{} cannot read the CRL file {}, the node keeps its current CRLs: {}", REFUSED, file, e.toString());
            return Optional.empty();
        }
    }
}
