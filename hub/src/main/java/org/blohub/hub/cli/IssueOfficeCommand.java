package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.Credential;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.CryptoProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki issue-office --ca-key CA --material DIR --node TH --office TH-MAESAI [--profile HYBRID]}: the office's
 * signing and encryption keys (EC P-256, or composite post-quantum hybrid ones) and certificates, in the node's
 * {@code keys/<NODE>/offices/}.
 */
@Command(name = "issue-office", mixinStandardHelpOptions = true,
        description = "Issue an office's signing and encryption certificates (EC P-256, or post-quantum hybrid with"
                + " --profile HYBRID) into a node's key directory.")
final class IssueOfficeCommand implements Callable<Integer> {

    private static final Pattern OFFICE_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9-]{1,40}");

    @Mixin
    CaOptions ca;

    @Option(names = "--material", required = true, paramLabel = "DIR", description = "The node's material directory")
    Path materialDirectory;

    @Option(names = "--node", required = true, description = "The node that hosts the office, e.g. TH")
    String node;

    @Option(names = "--office", required = true, description = "The office id, starting with the CA's country: TH-MAESAI")
    String office;

    @Option(names = "--profile", defaultValue = "CLASSIC", description = "CLASSIC (EC P-256) or HYBRID (composite"
            + " ML-DSA-65 + ECDSA P-256 signing, ML-KEM-768 + ECDH P-256 encryption); the registry's cryptoProfile"
            + " of the office must say the same (default ${DEFAULT-VALUE})")
    CryptoProfile profile;

    @Option(names = "--years", defaultValue = "2", description = "Validity in years, 1 to 5 (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--replace", description = "Replace the office's existing key stores (after revoking their certificates)")
    boolean replace;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    IssueOfficeCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    IssueOfficeCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            if (!OFFICE_ID.matcher(office).matches()) {
                throw new CommandInputException("--office '" + office + "' must be a country code, a dash and upper-case"
                        + " letters, digits or dashes, e.g. TH-MAESAI");
            }
            NodeMaterial material = new NodeMaterial(materialDirectory, node);
            NodeKeyStoreFiles files = new NodeKeyStoreFiles(material);
            files.requireAbsentUnlessReplacing(material.officeSigning(office), replace);
            files.requireAbsentUnlessReplacing(material.officeEncryption(office), replace);
            LeafIssuer issuer = LeafIssuer.of(ca.open(clock), "--ca-key " + ca.keyFile, years, clock);
            if (!office.startsWith(issuer.country() + "-")) {
                throw new CommandInputException("--office " + office + " does not start with " + issuer.country()
                        + "-, the country of the CA " + ca.keyFile + "; use that country's national CA");
            }
            char[] password = files.password();
            Credential signing = issuer.issue(office, CertificatePurpose.OFFICE_SIGNING, List.of(),
                    profile.newSigningKeys());
            Credential encryption = issuer.issue(office, CertificatePurpose.OFFICE_ENCRYPTION, List.of(),
                    profile.newEncryptionKeys());
            report("signingCertificate", material.officeSigning(office),
                    files.write(material.officeSigning(office), signing, NodeMaterial.SIGNING_ALIAS, password), signing);
            report("encryptionCertificate", material.officeEncryption(office),
                    files.write(material.officeEncryption(office), encryption, NodeMaterial.ENCRYPTION_ALIAS, password),
                    encryption);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private void report(String registryField, Path keyStore, Path certificate, Credential credential) {
        out.println("issued " + registryField + " of " + office + " serial "
                + credential.certificate().getSerialNumber().toString(16) + ": key store " + keyStore
                + ", certificate " + certificate + " (for the registry's offices[" + office + "]." + registryField + ")");
    }
}
