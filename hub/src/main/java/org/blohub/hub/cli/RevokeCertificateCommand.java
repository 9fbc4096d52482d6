package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki revoke --ca-key CA --certificate FILE [--at TIME] [--crls FILE]}: revokes a certificate the CA issued
 * (reason keyCompromise) from a time on and publishes the CA's new CRL. Signatures made before that time stay
 * valid (docs/pki.md, the revocation-at-signing-time rule).
 */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a certificate from a time on (default now) and publish the CA's new CRL.")
final class RevokeCertificateCommand implements Callable<Integer> {

    @Mixin
    CaOptions ca;

    @Option(names = "--certificate", required = true, paramLabel = "FILE",
            description = "The certificate to revoke (PEM), e.g. keys/TH/offices/TH-MAESAI-signing.pem")
    Path certificateFile;

    @Option(names = "--at", paramLabel = "TIME",
            description = "When the key stopped being trustworthy, e.g. 2026-12-07T14:00:00Z (default now); not in the future")
    Optional<Instant> at;

    @Option(names = "--crls", paramLabel = "FILE", description = "A node's pki/crls.pem to put the new CRL into")
    Optional<Path> nodeCrls;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    RevokeCertificateCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    RevokeCertificateCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            Instant now = clock.instant();
            Instant time = at.orElse(now).truncatedTo(ChronoUnit.SECONDS);
            if (time.isAfter(now)) {
                throw new CommandInputException("--at " + at.orElseThrow() + " is in the future; revoke when the key"
                        + " must no longer be trusted, or give the past time it was compromised");
            }
            X509Certificate certificate = certificate();
            CertificateAuthority authority = ca.open(clock);
            Optional<Instant> earlier = Optional.ofNullable(authority.revocations().get(certificate.getSerialNumber()));
            if (earlier.isPresent() && !time.isBefore(earlier.get())) {
                throw new CommandInputException(certificateFile + ": serial " + certificate.getSerialNumber().toString(16)
                        + " is revoked already since " + earlier.get() + "; only an earlier --at would change that");
            }
            try {
                authority.revoke(certificate, time);
            } catch (PkiException e) {
                throw new CommandInputException(certificateFile + ": " + e.getMessage() + "; use the CA that issued it", e);
            }
            out.println("revoked serial " + certificate.getSerialNumber().toString(16) + " ("
                    + certificate.getSubjectX500Principal().getName() + ") from " + time);
            CrlPublication.publish(ca, authority, nodeCrls, out);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private X509Certificate certificate() throws CommandInputException {
        try {
            List<X509Certificate> certificates = PemFiles.readCertificates(certificateFile);
            if (certificates.isEmpty()) {
                throw new CommandInputException(certificateFile + ": holds no certificate");
            }
            return certificates.get(0);
        } catch (PkiException e) {
            throw new CommandInputException(certificateFile + ": cannot read the certificate: " + e.getMessage(), e);
        }
    }
}
