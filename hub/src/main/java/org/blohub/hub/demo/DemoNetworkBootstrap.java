package org.blohub.hub.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.DevelopmentPki;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.NodeAuditKeyFiles;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.node.NodeStartupException;
import org.blohub.hub.registry.CryptoProfile;
import org.blohub.hub.registry.DemoRegistrySigner;
import org.blohub.hub.registry.NetworkCertificates;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.registry.OfficeCertificates;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryPublisher;
import org.blohub.hub.security.CallerDirectory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Generates, on first start, everything a demo network needs under one directory: a development
 * PKI, every node's TLS certificate and every office's signing and encryption keys, every node's audit
 * keys (the nodes run here keep theirs in their data directories, {@code <nodesRoot>/<NODE>/audit}), the signed
 * registry published from the template with all of them, and for the nodes run here their key stores, officers,
 * an administrator, an auditor and API tokens. A second start finds {@code registry.yaml} and reuses it all.
 */
public final class DemoNetworkBootstrap {

    static final String CREDENTIALS_FILE = "credentials.properties";
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Path nodesRoot;
    private final Path template;
    private final Clock clock;

    /**
     * @param directory the demo's shared material (PKI, registry, key stores), e.g. {@code ./data/demo}
     * @param nodesRoot where the nodes run here keep their data, {@code <nodesRoot>/<NODE>}, e.g. {@code ./data}
     */
    public DemoNetworkBootstrap(Path directory, Path nodesRoot, Path template, Clock clock) {
        this.directory = directory;
        this.nodesRoot = nodesRoot;
        this.template = template;
        this.clock = clock;
    }

    /** @return true when the material was generated now, false when it existed already */
    public boolean ensure(List<String> hostedNodes) {
        if (Files.exists(directory.resolve(RegistryPublisher.REGISTRY_FILE_NAME))) {
            return false;
        }
        try {
            generate(hostedNodes);
        } catch (IOException | GeneralSecurityException | RegistryException e) {
            throw new NodeStartupException("cannot generate the demo network under " + directory + ": " + e.getMessage(), e);
        }
        return true;
    }

    public DemoCredentials credentials() {
        Properties clear = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(CREDENTIALS_FILE), StandardCharsets.UTF_8)) {
            clear.load(reader);
        } catch (IOException e) {
            throw new NodeStartupException("cannot read the demo credentials in " + directory, e);
        }
        List<DemoCredentials.Officer> officers = new ArrayList<>();
        List<DemoCredentials.ApiToken> tokens = new ArrayList<>();
        List<DemoCredentials.Officer> admins = new ArrayList<>();
        List<DemoCredentials.Officer> auditors = new ArrayList<>();
        List<DemoCredentials.Officer> coordinators = new ArrayList<>();
        for (String key : new TreeMap<>(clear).keySet().stream().map(Object::toString).toList()) {
            String[] parts = key.split("\\|");
            if (parts.length == 4 && parts[0].equals("officer")) {
                officers.add(new DemoCredentials.Officer(parts[1], parts[2], parts[3], clear.getProperty(key)));
            } else if (parts.length == 4 && parts[0].equals("coordinator")) {
                coordinators.add(new DemoCredentials.Officer(parts[1], parts[2], parts[3], clear.getProperty(key)));
            } else if (parts.length == 4 && parts[0].equals("token")) {
                tokens.add(new DemoCredentials.ApiToken(parts[1], parts[2], parts[3], clear.getProperty(key)));
            } else if (parts.length == 4 && parts[0].equals("admin")) {
                admins.add(new DemoCredentials.Officer(parts[1], parts[2], parts[3], clear.getProperty(key)));
            } else if (parts.length == 4 && parts[0].equals("auditor")) {
                auditors.add(new DemoCredentials.Officer(parts[1], parts[2], parts[3], clear.getProperty(key)));
            }
        }
        return new DemoCredentials(officers, coordinators, tokens, admins, auditors);
    }

    private void generate(List<String> hostedNodes) throws IOException, GeneralSecurityException, RegistryException {
        JsonNode outline = YAMLMapper.builder().build().readTree(Files.readString(template));
        DevelopmentPki pki = DevelopmentPki.create("Mekong", clock);
        Map<String, X509Certificate> nationalCas = new TreeMap<>();
        Map<String, Credential> nodeTls = new LinkedHashMap<>();
        for (JsonNode node : outline.get("nodes")) {
            String name = node.get("name").asString();
            String country = node.get("country").asString();
            nationalCas.put(country, pki.nationalCa(country).certificate());
            // the template's broker host too, so that peers can verify it when it is not loopback (the compose lab)
            List<String> tlsNames = new ArrayList<>(LOOPBACK_NAMES);
            String brokerHost = node.get("broker").get("host").asString();
            if (!tlsNames.contains(brokerHost)) {
                tlsNames.add(brokerHost);
            }
            nodeTls.put(name, pki.issueNodeTls(country + "-BROKER-" + name, tlsNames));
        }
        Map<String, Credential> signing = new LinkedHashMap<>();
        Map<String, Credential> encryption = new LinkedHashMap<>();
        Map<String, String> officeNode = new LinkedHashMap<>();
        for (JsonNode office : outline.get("offices")) {
            String id = office.get("id").asString();
            nationalCas.putIfAbsent(id.substring(0, 2), pki.nationalCa(id.substring(0, 2)).certificate());
            // a value that names no profile gets classic keys here; publishing the template then refuses it, located
            CryptoProfile profile = Arrays.stream(CryptoProfile.values())
                    .filter(candidate -> office.has("cryptoProfile")
                            && candidate.name().equals(office.get("cryptoProfile").asString()))
                    .findFirst().orElse(CryptoProfile.CLASSIC);
            signing.put(id, pki.issueOfficeSigning(id, profile.newSigningKeys()));
            encryption.put(id, pki.issueOfficeEncryption(id, profile.newEncryptionKeys()));
            officeNode.put(id, office.get("node").asString());
        }
        Map<String, OfficeCertificates> officeCertificates = new LinkedHashMap<>();
        signing.forEach((id, credential) -> officeCertificates.put(id,
                new OfficeCertificates(credential.certificate(), encryption.get(id).certificate())));
        Map<String, X509Certificate> tlsCertificates = new LinkedHashMap<>();
        nodeTls.forEach((name, credential) -> tlsCertificates.put(name, credential.certificate()));

        String domain = outline.get("domain").asString();
        Map<String, NodeAuditKeys> auditKeys = new LinkedHashMap<>();
        for (String node : nodeTls.keySet()) {
            AuditOrigin origin = new AuditOrigin(domain, node);
            // the nodes run here get their keys in their data directories; the others' private keys are not kept
            Path keys = hostedNodes.contains(node) ? nodesRoot.resolve(node)
                    : Files.createTempDirectory("blo-demo-audit-" + node);
            auditKeys.put(node, NodeAuditKeyFiles.ensure(keys, origin));
            if (!hostedNodes.contains(node)) {
                deleteTree(keys);
            }
        }

        Files.createDirectories(directory.resolve("pki"));
        Credential registrySigner = DemoRegistrySigner.issue(pki.root(), clock);
        new RegistryPublisher(clock).publish(template,
                new NetworkCertificates(nationalCas, tlsCertificates, officeCertificates, auditKeys), registrySigner,
                1, directory);
        PemFiles.writeCertificates(directory.resolve("pki/root.pem"), List.of(pki.root().certificate()));
        PemFiles.writeCrls(directory.resolve("pki/crls.pem"), pki.crls());

        Properties clearCredentials = new Properties();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        for (String nodeName : hostedNodes) {
            NodeMaterial material = new NodeMaterial(directory, nodeName);
            String password = randomSecret();
            Files.createDirectories(material.keys().resolve("offices"));
            Files.writeString(material.password(), password, StandardCharsets.UTF_8);
            ownerOnly(material.password());
            writeKeyStore(material.tlsKeyStore(), nodeTls.get(nodeName), password);
            writeTrustStore(material.trustStore(), pki.root().certificate(), password);
            Properties callers = new Properties();
            for (Map.Entry<String, String> office : officeNode.entrySet()) {
                if (!office.getValue().equals(nodeName)) {
                    continue;
                }
                String id = office.getKey();
                Pkcs12Files.write(material.officeSigning(id), signing.get(id), NodeMaterial.SIGNING_ALIAS,
                        password.toCharArray());
                Pkcs12Files.write(material.officeEncryption(id), encryption.get(id), NodeMaterial.ENCRYPTION_ALIAS,
                        password.toCharArray());
                String user = id.toLowerCase(java.util.Locale.ROOT);
                String officerPassword = randomSecret().substring(0, 16);
                callers.setProperty("officer." + user + ".office", id);
                callers.setProperty("officer." + user + ".password", "{bcrypt}" + bcrypt.encode(officerPassword));
                clearCredentials.setProperty("officer|" + nodeName + "|" + id + "|" + user, officerPassword);
                String coordinator = user + "-coordinator";
                String coordinatorPassword = randomSecret().substring(0, 16);
                callers.setProperty("officer." + coordinator + ".office", id);
                callers.setProperty("officer." + coordinator + ".role", "COORDINATOR");
                callers.setProperty("officer." + coordinator + ".password",
                        "{bcrypt}" + bcrypt.encode(coordinatorPassword));
                clearCredentials.setProperty("coordinator|" + nodeName + "|" + id + "|" + coordinator,
                        coordinatorPassword);
                String tokenName = user + "-system";
                String token = randomSecret();
                callers.setProperty("token." + tokenName + ".office", id);
                callers.setProperty("token." + tokenName + ".sha256", HexFormat.of().formatHex(CallerDirectory.sha256(token)));
                clearCredentials.setProperty("token|" + nodeName + "|" + id + "|" + tokenName, token);
            }
            officeNode.entrySet().stream().filter(office -> office.getValue().equals(nodeName)).findFirst()
                    .ifPresent(office -> {
                        String admin = nodeName.toLowerCase(java.util.Locale.ROOT) + "-admin";
                        String adminPassword = randomSecret().substring(0, 16);
                        callers.setProperty("officer." + admin + ".office", office.getKey());
                        callers.setProperty("officer." + admin + ".role", "ADMIN");
                        callers.setProperty("officer." + admin + ".password", "{bcrypt}" + bcrypt.encode(adminPassword));
                        clearCredentials.setProperty("admin|" + nodeName + "|" + office.getKey() + "|" + admin,
                                adminPassword);
                        String auditor = nodeName.toLowerCase(java.util.Locale.ROOT) + "-auditor";
                        String auditorPassword = randomSecret().substring(0, 16);
                        callers.setProperty("officer." + auditor + ".office", office.getKey());
                        callers.setProperty("officer." + auditor + ".role", "AUDITOR");
                        callers.setProperty("officer." + auditor + ".password",
                                "{bcrypt}" + bcrypt.encode(auditorPassword));
                        clearCredentials.setProperty("auditor|" + nodeName + "|" + office.getKey() + "|" + auditor,
                                auditorPassword);
                    });
            try (Writer writer = Files.newBufferedWriter(material.callers(), StandardCharsets.UTF_8)) {
                callers.store(writer, "BLO Hub demo callers of node " + nodeName + " (hashes only)");
            }
            ownerOnly(material.tlsKeyStore());
            ownerOnly(material.callers());
        }
        try (Writer writer = Files.newBufferedWriter(directory.resolve(CREDENTIALS_FILE), StandardCharsets.UTF_8)) {
            clearCredentials.store(writer, "BLO Hub DEMO sign-in details, generated at first start. Demo only.");
        }
        ownerOnly(directory.resolve(CREDENTIALS_FILE));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Secrets readable by the owner only, where the file system supports POSIX permissions. */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void writeKeyStore(Path file, Credential credential, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(NodeMaterial.TLS_ALIAS, credential.privateKey(), password.toCharArray(),
                credential.chain().toArray(Certificate[]::new));
        save(store, file, password);
    }

    private static void writeTrustStore(Path file, X509Certificate root, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("regional-root", root);
        save(store, file, password);
    }

    private static void save(KeyStore store, Path file, String password) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
