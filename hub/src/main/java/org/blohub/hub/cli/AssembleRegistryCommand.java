package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.blohub.crypto.note.NoteFormatException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkCertificates;
import org.blohub.hub.registry.NetworkOutline;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.OfficeCertificates;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code registry assemble --serial N --ca CA.pem... --material DIR... --audit-keys DIR... --out FILE TEMPLATE}: the
 * unsigned published form of a template, with the national CA certificates, every node's TLS certificate and audit
 * verifier keys and every office's certificates, read from where {@code pki} wrote them. {@code registry sign}
 * signs the result.
 */
@Command(name = "assemble", mixinStandardHelpOptions = true,
        description = "Fill a registry template with the certificates and audit keys the pki commands wrote.")
final class AssembleRegistryCommand implements Callable<Integer> {

    private static final String LOG_VKEY = "log.key.vkey";
    private static final String WITNESS_VKEY = "witness.key.vkey";

    @Parameters(paramLabel = "TEMPLATE", description = "The registry template (nodes, offices, agreements)")
    Path templateFile;

    @Option(names = "--serial", required = true, description = "Higher than the serial of any registry published before")
    long serial;

    @Option(names = "--ca", required = true, paramLabel = "CA.pem",
            description = "A national CA's certificate (its ca.pem; the first certificate is used), one per country")
    List<Path> nationalCaFiles;

    @Option(names = "--material", required = true, paramLabel = "DIR", description = "A node material directory"
            + " holding keys/<NODE>/tls.pem and keys/<NODE>/offices/<OFFICE>-signing.pem, -encryption.pem")
    List<Path> materialDirectories;

    @Option(names = "--audit-keys", required = true, paramLabel = "DIR",
            description = "A node's <data-dir>/audit directory (or a copy of its " + LOG_VKEY + " and " + WITNESS_VKEY + ")")
    List<Path> auditKeyDirectories;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the unsigned registry is written")
    Path out;

    private final PrintStream stdout;
    private final PrintStream err;
    private final Clock clock;

    AssembleRegistryCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    AssembleRegistryCommand(PrintStream stdout, PrintStream err, Clock clock) {
        this.stdout = stdout;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            RegistryPublisher publisher = new RegistryPublisher(clock);
            NetworkOutline outline = publisher.outline(templateFile);
            NetworkCertificates certificates = new NetworkCertificates(nationalCas(), nodeTls(outline),
                    offices(outline), auditKeys());
            byte[] draft = publisher.draft(templateFile, certificates, serial);
            write(draft);
            stdout.println("assembled " + out + " serial " + serial + ": " + outline.nodeCountries().size() + " nodes, "
                    + outline.officeNodes().size() + " offices; check it with registry validate --root, then registry sign");
            return 0;
        } catch (RegistryException | CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private Map<String, X509Certificate> nationalCas() throws CommandInputException {
        Map<String, X509Certificate> authorities = new LinkedHashMap<>();
        for (Path file : nationalCaFiles) {
            X509Certificate certificate = firstCertificate(file).orElseThrow(() -> new CommandInputException(
                    "--ca " + file + ": holds no certificate; give the national CA's ca.pem"));
            String country = PkiNames.countryOf(certificate).orElseThrow(() -> new CommandInputException("--ca " + file
                    + ": the certificate names no country (C=); give a national CA made by pki create-ca"));
            if (authorities.putIfAbsent(country, certificate) != null) {
                throw new CommandInputException("--ca " + file + ": a second national CA of " + country
                        + "; give one --ca per country");
            }
        }
        return authorities;
    }

    private Map<String, X509Certificate> nodeTls(NetworkOutline outline) throws CommandInputException {
        Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        for (String node : outline.nodeCountries().keySet()) {
            Optional<X509Certificate> tls = find(material -> NodeKeyStoreFiles.certificateFile(
                    new NodeMaterial(material, node).tlsKeyStore()));
            tls.ifPresent(certificate -> certificates.put(node, certificate));
        }
        return certificates;
    }

    private Map<String, OfficeCertificates> offices(NetworkOutline outline) throws CommandInputException {
        Map<String, OfficeCertificates> certificates = new LinkedHashMap<>();
        for (Map.Entry<String, String> office : outline.officeNodes().entrySet()) {
            Optional<X509Certificate> signing = find(material -> NodeKeyStoreFiles.certificateFile(
                    new NodeMaterial(material, office.getValue()).officeSigning(office.getKey())));
            Optional<X509Certificate> encryption = find(material -> NodeKeyStoreFiles.certificateFile(
                    new NodeMaterial(material, office.getValue()).officeEncryption(office.getKey())));
            if (signing.isPresent() && encryption.isPresent()) {
                certificates.put(office.getKey(), new OfficeCertificates(signing.get(), encryption.get()));
            }
        }
        return certificates;
    }

    /** The certificate in the first material directory that has the file. */
    private Optional<X509Certificate> find(FileInMaterial file) throws CommandInputException {
        for (Path material : materialDirectories) {
            Path candidate = file.in(material);
            if (Files.exists(candidate)) {
                return Optional.of(firstCertificate(candidate).orElseThrow(() -> new CommandInputException(
                        candidate + ": holds no certificate; issue it again with pki")));
            }
        }
        return Optional.empty();
    }

    private Map<String, NodeAuditKeys> auditKeys() throws CommandInputException {
        Map<String, NodeAuditKeys> keys = new LinkedHashMap<>();
        for (Path directory : auditKeyDirectories) {
            NoteVerifierKey logKey = verifierKey(directory.resolve(LOG_VKEY));
            NoteVerifierKey witnessKey = verifierKey(directory.resolve(WITNESS_VKEY));
            String node = nodeOf(logKey, directory.resolve(LOG_VKEY));
            if (!node.equals(nodeOf(witnessKey, directory.resolve(WITNESS_VKEY)))) {
                throw new CommandInputException("--audit-keys " + directory + ": " + LOG_VKEY + " and " + WITNESS_VKEY
                        + " belong to different nodes (" + logKey.name() + ", " + witnessKey.name() + ")");
            }
            if (keys.putIfAbsent(node, new NodeAuditKeys(logKey, witnessKey)) != null) {
                throw new CommandInputException("--audit-keys " + directory + ": a second set of audit keys of node " + node);
            }
        }
        return keys;
    }

    /** The node part of a key named {@code <domain>/<node>/audit} or {@code .../witness}. */
    private static String nodeOf(NoteVerifierKey key, Path file) throws CommandInputException {
        String[] parts = key.name().split("/");
        if (parts.length != 3) {
            throw new CommandInputException(file + ": the key name " + key.name() + " is not <domain>/<node>/audit or"
                    + " <domain>/<node>/witness; make the keys with pki create-audit-keys");
        }
        return parts[1];
    }

    private static NoteVerifierKey verifierKey(Path file) throws CommandInputException {
        try {
            return NoteVerifierKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot read the verifier key (made by pki create-audit-keys): "
                    + e.getMessage(), e);
        } catch (NoteFormatException e) {
            throw new CommandInputException(file + ": is not a verifier key: " + e.getMessage(), e);
        }
    }

    private static Optional<X509Certificate> firstCertificate(Path file) throws CommandInputException {
        try {
            return PemFiles.readCertificates(file).stream().findFirst();
        } catch (PkiException e) {
            throw new CommandInputException(file + ": cannot read the certificate: " + e.getMessage(), e);
        }
    }

    private void write(byte[] draft) throws CommandInputException {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, draft);
        } catch (IOException e) {
            throw new CommandInputException(out + ": cannot write: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface FileInMaterial {
        Path in(Path materialDirectory);
    }
}
