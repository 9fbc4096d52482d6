package org.blohub.hub.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import picocli.CommandLine.Option;

/**
 * The CA a {@code pki} command uses: one made by {@code create-root}/{@code create-ca} ({@code ca.key.pem} with
 * {@code ca.pem}) or an existing one, as an encrypted PEM key with its PEM chain or as a PKCS#12 file. Its state
 * (revocations, CRL number) and its published CRL live beside the key.
 */
final class CaOptions {

    static final String PASSWORD_VARIABLE = "BLO_CA_PASSWORD";
    static final String CRL_FILE_NAME = "crl.pem";

    @Option(names = "--ca-key", required = true, paramLabel = "KEY",
            description = "The CA's private key: encrypted PEM (PKCS#8, e.g. ca.key.pem) or PKCS#12 (.p12, .pfx)")
    Path keyFile;

    @Option(names = "--ca-cert", paramLabel = "CHAIN.pem",
            description = "With a PEM key: the CA's certificate, then its issuers up to the regional root")
    Optional<Path> certificateFile;

    @Option(names = "--ca-alias", defaultValue = "ca", description = "Alias of the CA key in a PKCS#12 file (default ${DEFAULT-VALUE})")
    String alias;

    @Option(names = "--ca-password-file", paramLabel = "FILE",
            description = "File holding the CA key's password; else the environment variable " + PASSWORD_VARIABLE)
    Optional<Path> passwordFile;

    CertificateAuthority open(Clock clock) throws CommandInputException {
        Credential credential = credential();
        try {
            CaState state = CaState.read(stateFile());
            return CertificateAuthority.restore(credential, clock, state.revocations(), state.lastCrlNumber());
        } catch (PkiException e) {
            throw new CommandInputException(keyFile + ": cannot be used as a CA: " + e.getMessage(), e);
        }
    }

    void save(CertificateAuthority authority) throws CommandInputException {
        CaState.of(authority).write(stateFile());
    }

    Path directory() {
        return keyFile.toAbsolutePath().getParent();
    }

    Path stateFile() {
        return directory().resolve(CaState.FILE_NAME);
    }

    Path crlFile() {
        return directory().resolve(CRL_FILE_NAME);
    }

    private Credential credential() throws CommandInputException {
        char[] password = new SecretSource(passwordFile, PASSWORD_VARIABLE, "--ca-password-file").read("CA key password");
        String name = keyFile.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".p12") || name.endsWith(".pfx")) {
                return Pkcs12Files.read(keyFile, alias, password);
            }
            Path chainFile = certificateFile.orElseThrow(() -> new CommandInputException("--ca-cert is missing: a PEM"
                    + " key (" + keyFile + ") needs its certificate chain, e.g. --ca-cert " + keyFile.resolveSibling("ca.pem")));
            List<X509Certificate> chain = PemFiles.readCertificates(chainFile);
            if (chain.isEmpty()) {
                throw new CommandInputException(chainFile + ": holds no certificate; give the CA's certificate first,"
                        + " then its issuers up to the regional root");
            }
            return new Credential(PemFiles.readEncryptedPrivateKey(keyFile, password), chain.get(0), chain);
        } catch (PkiException e) {
            throw new CommandInputException(keyFile + ": cannot read the CA key: " + e.getMessage(), e);
        }
    }
}
