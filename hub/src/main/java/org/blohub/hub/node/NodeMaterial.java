package org.blohub.hub.node;

import java.nio.file.Path;

/**
 * Where a node finds the files the demo bootstrap (or an administrator, with the {@code pki} and {@code users}
 * commands) provides, all under one material directory:
 * <pre>
 * registry.yaml, registry.yaml.p7s   the signed network registry
 * pki/root.pem                       the regional trust anchor
 * pki/crls.pem                       the current CRLs of the root and national CAs
 * keys/&lt;NODE&gt;/password             the password of this node's PKCS#12 files
 * keys/&lt;NODE&gt;/tls.p12, truststore.p12   broker links and HTTPS (alias node-tls); the regional root
 * keys/&lt;NODE&gt;/offices/&lt;OFFICE&gt;-signing.p12, -encryption.p12
 * keys/&lt;NODE&gt;/callers.properties  officers and API tokens (hashed) bound to offices
 * keys/&lt;NODE&gt;/callers-changes.log changes made by the users command, recorded as ADMIN events at next start
 * </pre>
 */
public record NodeMaterial(Path directory, String nodeName) {

    public static final String SIGNING_ALIAS = "signing";
    public static final String ENCRYPTION_ALIAS = "encryption";
    public static final String TLS_ALIAS = "node-tls";

    public Path registry() {
        return directory.resolve("registry.yaml");
    }

    public Path trustRoot() {
        return directory.resolve("pki/root.pem");
    }

    public Path crls() {
        return directory.resolve("pki/crls.pem");
    }

    public Path keys() {
        return directory.resolve("keys").resolve(nodeName);
    }

    public Path password() {
        return keys().resolve("password");
    }

    public Path tlsKeyStore() {
        return keys().resolve("tls.p12");
    }

    public Path trustStore() {
        return keys().resolve("truststore.p12");
    }

    public Path officeSigning(String officeId) {
        return keys().resolve("offices").resolve(officeId + "-signing.p12");
    }

    public Path officeEncryption(String officeId) {
        return keys().resolve("offices").resolve(officeId + "-encryption.p12");
    }

    public Path callers() {
        return keys().resolve("callers.properties");
    }

    public Path callerChanges() {
        return keys().resolve("callers-changes.log");
    }
}
