package org.blohub.hub.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.detached.DetachedSigningException;
import org.blohub.crypto.pki.Credential;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Publishes the signed registry from a template: checks the template, adds a serial number, the
 * issue time and every certificate as PEM, writes {@code registry.yaml} and signs it with a
 * detached CMS signature in {@code registry.yaml.p7s}.
 */
public final class RegistryPublisher {

    public static final String REGISTRY_FILE_NAME = "registry.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private static final String HEADER = """
            # BLO Hub network registry, published from a template by RegistryPublisher.
            # Signed by the regional registry signer: the detached CMS signature is registry.yaml.p7s.
            # Do not edit: any change, even of a comment, breaks the signature. See docs/registry.md.
            """;

    private final Clock clock;
    private final DetachedSigner signer;

    public RegistryPublisher(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = new DetachedSigner(clock);
    }

    /**
     * @param templateFile    the network description without certificates, e.g. config/demo/network.yaml
     * @param certificates    a certificate for every node, office and country the template names
     * @param registrySigner  the registry signer, issued directly by the regional root
     * @param serial          higher than the serial of any registry published before
     * @param outputDirectory where registry.yaml and registry.yaml.p7s are written (created if needed)
     */
    public PublishedRegistry publish(Path templateFile, NetworkCertificates certificates, Credential registrySigner,
            long serial, Path outputDirectory) throws RegistryException {
        byte[] registry = draft(templateFile, certificates, serial);
        byte[] signature;
        try {
            signature = signer.sign(registry, registrySigner);
        } catch (DetachedSigningException e) {
            throw RegistryException.refused(templateFile, "cannot sign the published registry: " + e.getMessage(), e);
        }
        Path registryFile = outputDirectory.resolve(REGISTRY_FILE_NAME);
        Path signatureFile = outputDirectory.resolve(REGISTRY_FILE_NAME + RegistryLoader.SIGNATURE_SUFFIX);
        write(registryFile, registry);
        write(signatureFile, signature);
        return new PublishedRegistry(registryFile, signatureFile);
    }

    /**
     * The unsigned published form of a template: what {@link #publish} signs, for an operator who signs it
     * elsewhere ({@code registry sign}).
     */
    public byte[] draft(Path templateFile, NetworkCertificates certificates, long serial) throws RegistryException {
        if (serial < 1) {
            throw RegistryException.refused(templateFile, "the serial must be positive, not " + serial);
        }
        byte[] template = read(templateFile);
        NetworkOutline outline = RegistryParser.parseTemplate(templateFile, template);
        checkComplete(templateFile, outline, certificates);
        return render(templateFile, template, certificates, serial);
    }

    /**
     * Checks a template and says which nodes and offices it declares, so the caller can make
     * their keys and certificates before {@link #publish}.
     */
    public NetworkOutline outline(Path templateFile) throws RegistryException {
        return RegistryParser.parseTemplate(templateFile, read(templateFile));
    }

    private static void checkComplete(Path templateFile, NetworkOutline outline,
            NetworkCertificates certificates) throws RegistryException {
        List<String> missing = new ArrayList<>();
        TreeSet<String> countries = new TreeSet<>(outline.nodeCountries().values());
        outline.officeNodes().keySet().forEach(officeId -> countries.add(officeId.substring(0, 2)));
        countries.stream()
                .filter(country -> !certificates.nationalCertificateAuthorities().containsKey(country))
                .forEach(country -> missing.add("national CA certificate of " + country));
        outline.nodeCountries().keySet().stream()
                .filter(node -> !certificates.nodeTls().containsKey(node))
                .forEach(node -> missing.add("TLS certificate of node " + node));
        outline.nodeCountries().keySet().stream()
                .filter(node -> !certificates.nodeAuditKeys().containsKey(node))
                .forEach(node -> missing.add("audit keys of node " + node));
        outline.officeNodes().keySet().stream()
                .filter(office -> !certificates.offices().containsKey(office))
                .forEach(office -> missing.add("certificates of office " + office));
        if (!missing.isEmpty()) {
            throw RegistryException.refused(templateFile, "cannot publish, missing " + String.join(", ", missing));
        }
    }

    private byte[] render(Path templateFile, byte[] template, NetworkCertificates certificates, long serial)
            throws RegistryException {
        try {
            JsonNode source = YAML.readTree(template);
            ObjectNode registry = YAML.createObjectNode();
            registry.put("serial", serial);
            registry.put("issuedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            registry.set("domain", source.get("domain"));
            ArrayNode authorities = registry.putArray("certificateAuthorities");
            new TreeSet<>(certificates.nationalCertificateAuthorities().keySet()).forEach(country -> authorities
                    .addObject()
                    .put("country", country)
                    .put("certificate", pem(certificates.nationalCertificateAuthorities(), country)));
            ArrayNode nodes = registry.putArray("nodes");
            source.get("nodes").forEach(node -> {
                String name = node.get("name").asString();
                NodeAuditKeys auditKeys = certificates.nodeAuditKeys().get(name);
                nodes.add(((ObjectNode) node.deepCopy())
                        .put("tlsCertificate", pem(certificates.nodeTls(), name))
                        .put("auditLogKey", auditKeys.logKey().encoded())
                        .put("auditWitnessKey", auditKeys.witnessKey().encoded()));
            });
            ArrayNode offices = registry.putArray("offices");
            source.get("offices").forEach(office -> {
                OfficeCertificates officeCertificates = certificates.offices().get(office.get("id").asString());
                offices.add(((ObjectNode) office.deepCopy())
                        .put("signingCertificate", CertificatePem.encode(officeCertificates.signing()))
                        .put("encryptionCertificate", CertificatePem.encode(officeCertificates.encryption())));
            });
            registry.set("agreements", source.get("agreements"));
            if (source.has("operationGroups")) {
                registry.set("operationGroups", source.get("operationGroups"));
            }
            return (HEADER + YAML.writeValueAsString(registry)).getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw RegistryException.refused(templateFile, "cannot render the published registry: " + e.getMessage(), e);
        }
    }

    private static String pem(Map<String, X509Certificate> certificates, String key) {
        return CertificatePem.encode(Optional.ofNullable(certificates.get(key)).orElseThrow());
    }

    private static byte[] read(Path file) throws RegistryException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw RegistryException.refused(file, "cannot read registry template: " + e.getMessage(), e);
        }
    }

    private static void write(Path file, byte[] content) throws RegistryException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw RegistryException.refused(file, "cannot write: " + e.getMessage(), e);
        }
    }
}
