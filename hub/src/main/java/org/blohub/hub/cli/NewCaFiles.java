package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import picocli.CommandLine.Option;

/**
 * Where {@code create-root} and {@code create-ca} put a new CA: {@code ca.key.pem} (encrypted), {@code ca.pem} (its
 * chain), {@code crl.pem} (its first, empty CRL) and {@code ca-state.properties}, in a directory of its own.
 */
final class NewCaFiles {

    static final String KEY_FILE_NAME = "ca.key.pem";
    static final String CHAIN_FILE_NAME = "ca.pem";
    static final String PASSWORD_VARIABLE = "BLO_NEW_CA_PASSWORD";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new directory for the new CA")
    Path directory;

    @Option(names = "--out-password-file", paramLabel = "FILE",
            description = "File holding the password for the new CA key; else the environment variable " + PASSWORD_VARIABLE)
    Optional<Path> passwordFile;

    /** Refuses a directory that already holds a CA key, before any key is generated. */
    char[] prepare() throws CommandInputException {
        Path key = directory.resolve(KEY_FILE_NAME);
        if (Files.exists(key)) {
            throw new CommandInputException(key + ": a CA key is already there; choose another --out directory"
                    + " (a CA key is never overwritten)");
        }
        char[] password = new SecretSource(passwordFile, PASSWORD_VARIABLE, "--out-password-file").read("new CA key password");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandInputException(directory + ": cannot create the directory: " + e.getMessage(), e);
        }
        return password;
    }

    void write(CertificateAuthority authority, char[] password, PrintStream out) throws CommandInputException {
        Path key = directory.resolve(KEY_FILE_NAME);
        Path chain = directory.resolve(CHAIN_FILE_NAME);
        Path crl = directory.resolve(CaOptions.CRL_FILE_NAME);
        try {
            PemFiles.writeEncryptedPrivateKey(key, authority.credential().privateKey(), password);
            PemFiles.writeCertificates(chain, authority.credential().chain());
            PemFiles.writeCrls(crl, List.of(authority.currentCrl()));
        } catch (PkiException e) {
            throw new CommandInputException(directory + ": cannot write the new CA: " + e.getMessage(), e);
        }
        CaState.of(authority).write(directory.resolve(CaState.FILE_NAME));
        out.println("key " + key + " (encrypted; keep it offline and back it up)");
        out.println("certificate " + chain + " serial " + authority.certificate().getSerialNumber().toString(16));
        out.println("crl " + crl);
        out.println("use it with --ca-key " + key + " --ca-cert " + chain);
    }
}
