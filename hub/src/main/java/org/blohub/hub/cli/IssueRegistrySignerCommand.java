package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.registry.RegistrySignerProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki issue-registry-signer --ca-key ROOT --name CN --out registry-signer.p12}: the regional registry signer,
 * issued directly by the regional root with the profile a node checks (docs/registry.md), in the PKCS#12 file that
 * {@code registry sign} reads (alias {@code registry-signer}, chain up to the root).
 */
@Command(name = "issue-registry-signer", mixinStandardHelpOptions = true,
        description = "Issue the regional registry signer (EC P-256, directly under the root) for registry sign.")
final class IssueRegistrySignerCommand implements Callable<Integer> {

    static final String ALIAS = "registry-signer";

    @Mixin
    CaOptions ca;

    @Option(names = "--name", required = true, description = "CN of the signer, e.g. \"Mekong BLO Registry Signer\"")
    String commonName;

    @Option(names = "--out", required = true, paramLabel = "SIGNER.p12", description = "The PKCS#12 file to write")
    Path out;

    @Option(names = "--out-password-file", paramLabel = "FILE", description = "File holding the password for the"
            + " PKCS#12 file; else the environment variable " + SignRegistryCommand.PASSWORD_VARIABLE)
    Optional<Path> passwordFile;

    @Option(names = "--years", defaultValue = "2", description = "Validity in years, 1 to 5 (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--replace", description = "Replace an existing signer file (after revoking its certificate)")
    boolean replace;

    private final PrintStream stdout;
    private final PrintStream err;
    private final Clock clock;

    IssueRegistrySignerCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    IssueRegistrySignerCommand(PrintStream stdout, PrintStream err, Clock clock) {
        this.stdout = stdout;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            PkiNames.requireDisplayName("--name", commonName);
            if (years < 1 || years > 5) {
                throw new CommandInputException("--years " + years + " must be between 1 and 5");
            }
            if (!out.getFileName().toString().endsWith(".p12")) {
                throw new CommandInputException("--out " + out + ": must name a PKCS#12 file ending in .p12");
            }
            if (Files.exists(out) && !replace) {
                throw new CommandInputException(out + ": exists already; revoke its certificate first (pki revoke"
                        + " --certificate " + NodeKeyStoreFiles.certificateFile(out) + ") and issue again with --replace");
            }
            char[] password = new SecretSource(passwordFile, SignRegistryCommand.PASSWORD_VARIABLE, "--out-password-file")
                    .read("registry signer password");
            CertificateAuthority root = ca.open(clock);
            if (!PkiNames.isSelfSigned(root.certificate())) {
                throw new CommandInputException("--ca-key " + ca.keyFile + ": is not the regional root but a CA under it ("
                        + root.certificate().getSubjectX500Principal().getName() + "); a node accepts only a registry"
                        + " signer issued directly by the root: use the root's key (pki create-root)");
            }
            Credential signer = issue(root);
            Path certificate = write(signer, password);
            stdout.println("issued registry signer " + signer.certificate().getSubjectX500Principal().getName()
                    + " serial " + signer.certificate().getSerialNumber().toString(16) + " until "
                    + signer.certificate().getNotAfter().toInstant());
            stdout.println("key store " + out + " (alias " + ALIAS + "; keep it offline), certificate " + certificate);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private Credential issue(CertificateAuthority root) throws CommandInputException {
        Instant now = clock.instant();
        Instant notAfter = CertificateAuthority.yearsAfter(now, years);
        Instant rootNotAfter = root.certificate().getNotAfter().toInstant();
        if (notAfter.isAfter(rootNotAfter)) {
            throw new CommandInputException("the root certificate expires at " + rootNotAfter + ", before the " + years
                    + " years asked for the registry signer would end; give fewer --years");
        }
        try {
            return RegistrySignerProfile.issue(root, commonName, CertificateAuthority.notBefore(now), notAfter);
        } catch (PkiException | IllegalArgumentException e) {
            throw new CommandInputException("cannot issue the registry signer " + commonName + ": " + e.getMessage(), e);
        }
    }

    private Path write(Credential signer, char[] password) throws CommandInputException {
        Path certificate = NodeKeyStoreFiles.certificateFile(out);
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Pkcs12Files.write(out, signer, ALIAS, password);
            PemFiles.writeCertificates(certificate, List.of(signer.certificate()));
        } catch (IOException | PkiException e) {
            throw new CommandInputException(out + ": cannot write: " + e.getMessage(), e);
        }
        return certificate;
    }
}
