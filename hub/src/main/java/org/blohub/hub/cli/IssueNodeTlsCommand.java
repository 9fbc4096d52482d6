package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.CertificatePurpose;
import org.blohub.crypto.pki.Credential;
import org.blohub.hub.node.NodeMaterial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki issue-tls --ca-key CA --material DIR --node TH --host th.blohub.example}: the node's TLS key and
 * certificate (EC P-256, serverAuth and clientAuth), used by its broker links and its HTTPS port, in
 * {@code keys/<NODE>/tls.p12}, and the trust store with the regional root if the node has none yet.
 */
@Command(name = "issue-tls", mixinStandardHelpOptions = true,
        description = "Issue a node's TLS certificate (EC P-256, server and client) for its broker and HTTPS port.")
final class IssueNodeTlsCommand implements Callable<Integer> {

    @Mixin
    CaOptions ca;

    @Option(names = "--material", required = true, paramLabel = "DIR", description = "The node's material directory")
    Path materialDirectory;

    @Option(names = "--node", required = true, description = "The node, e.g. TH")
    String node;

    @Option(names = "--host", required = true, paramLabel = "NAME",
            description = "A DNS name or IP address peers and browsers reach the node at (repeat for more)")
    List<String> hosts;

    @Option(names = "--years", defaultValue = "2", description = "Validity in years, 1 to 5 (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--replace", description = "Replace the node's existing TLS key store (after revoking its certificate)")
    boolean replace;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    IssueNodeTlsCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    IssueNodeTlsCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            for (String host : hosts) {
                PkiNames.requireHost(host);
            }
            NodeMaterial material = new NodeMaterial(materialDirectory, node);
            NodeKeyStoreFiles files = new NodeKeyStoreFiles(material);
            files.requireAbsentUnlessReplacing(material.tlsKeyStore(), replace);
            CertificateAuthority authority = ca.open(clock);
            List<X509Certificate> chain = authority.credential().chain();
            X509Certificate root = chain.get(chain.size() - 1);
            if (!PkiNames.isSelfSigned(root)) {
                throw new CommandInputException(ca.certificateFile.map(Path::toString).orElse(ca.keyFile.toString())
                        + ": the CA's chain must end with the regional root; add the root certificate after the CA's");
            }
            LeafIssuer issuer = LeafIssuer.of(authority, "--ca-key " + ca.keyFile, years, clock);
            char[] password = files.password();
            Credential tls = issuer.issue(node + "-node", CertificatePurpose.NODE_TLS, hosts);
            Path certificate = files.write(material.tlsKeyStore(), tls, NodeMaterial.TLS_ALIAS, password);
            out.println("issued tlsCertificate of node " + node + " serial " + tls.certificate().getSerialNumber().toString(16)
                    + " for " + String.join(", ", hosts) + ": key store " + material.tlsKeyStore() + ", certificate "
                    + certificate + " (for the registry's nodes[" + node + "].tlsCertificate)");
            if (files.ensureTrustStore(root, password)) {
                out.println("trust store " + material.trustStore() + " with the regional root");
            }
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
