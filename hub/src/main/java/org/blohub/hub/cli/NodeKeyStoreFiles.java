package org.blohub.hub.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;

import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import org.blohub.crypto.pki.TrustStoreFiles;
import org.blohub.hub.node.NodeMaterial;

/**
 * Writes issued keys where the node reads them ({@link NodeMaterial}): PKCS#12 files protected with the node's
 * key store password ({@code keys/<NODE>/password}, generated on first use), and beside each the certificate as
 * PEM for the registry draft.
 */
final class NodeKeyStoreFiles {

    private final NodeMaterial material;

    NodeKeyStoreFiles(NodeMaterial material) {
        this.material = material;
    }

    /** Refuses to replace a key store unless asked to: a replaced key cannot be recovered. */
    void requireAbsentUnlessReplacing(Path keyStore, boolean replace) throws CommandInputException {
        if (Files.exists(keyStore) && !replace) {
            throw new CommandInputException(keyStore + ": exists already; revoke its certificate first (pki revoke"
                    + " --certificate " + certificateFile(keyStore) + ") and issue again with --replace");
        }
    }

    char[] password() throws CommandInputException {
        Path file = material.password();
        try {
            if (Files.exists(file)) {
                String password = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (password.isEmpty()) {
                    throw new CommandInputException(file + ": is empty; it must hold the password of the node's key stores");
                }
                return password.toCharArray();
            }
            Files.createDirectories(file.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            String password = RandomSecret.token();
            Files.writeString(file, password, StandardCharsets.UTF_8);
            return password.toCharArray();
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot read or create the key store password: " + e.getMessage(), e);
        }
    }

    /** Writes the key store and the certificate beside it; returns the certificate file. */
    Path write(Path keyStore, Credential credential, String alias, char[] password) throws CommandInputException {
        Path certificate = certificateFile(keyStore);
        try {
            Files.createDirectories(keyStore.getParent());
            Pkcs12Files.write(keyStore, credential, alias, password);
            PemFiles.writeCertificates(certificate, List.of(credential.certificate()));
        } catch (IOException | PkiException e) {
            throw new CommandInputException(keyStore + ": cannot write: " + e.getMessage(), e);
        }
        return certificate;
    }

    /** The node's trust store with the regional root, written when it is missing. */
    boolean ensureTrustStore(X509Certificate root, char[] password) throws CommandInputException {
        Path file = material.trustStore();
        if (Files.exists(file)) {
            return false;
        }
        try {
            TrustStoreFiles.write(file, List.of(root), password);
        } catch (PkiException e) {
            throw new CommandInputException(file + ": cannot write the trust store: " + e.getMessage(), e);
        }
        return true;
    }

    static Path certificateFile(Path keyStore) {
        String name = keyStore.getFileName().toString();
        return keyStore.resolveSibling(name.substring(0, name.length() - ".p12".length()) + ".pem");
    }
}
