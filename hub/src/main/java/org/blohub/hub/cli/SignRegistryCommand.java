package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

import org.blohub.crypto.detached.DetachedSigner;
import org.blohub.crypto.detached.DetachedSigningException;
import org.blohub.crypto.pki.Credential;
import org.blohub.crypto.pki.Pkcs12Files;
import org.blohub.crypto.pki.PkiException;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryDraft;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code registry sign --key SIGNER.p12 --out registry.yaml DRAFT}: checks an unsigned published registry
 * against the root in the signer's chain, then writes it unchanged to {@code --out} with its detached
 * signature beside it ({@code --out}.p7s), and prints its serial and SHA-256 digest.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a published registry draft with the regional registry signer (PKCS#12).")
final class SignRegistryCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "BLO_REGISTRY_SIGNER_PASSWORD";

    @Parameters(paramLabel = "DRAFT", description = "The unsigned registry in published form (serial, certificates)")
    Path draftFile;

    @Option(names = "--key", required = true, paramLabel = "SIGNER.p12",
            description = "PKCS#12 file of the registry signer, with its chain up to the regional root")
    Path keyFile;

    @Option(names = "--alias", defaultValue = "registry-signer", description = "Alias in the PKCS#12 file (default ${DEFAULT-VALUE})")
    String alias;

    @Option(names = "--key-password-file", paramLabel = "FILE",
            description = "File holding the PKCS#12 password; else the environment variable " + PASSWORD_VARIABLE)
    Path passwordFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where the signed registry is written")
    Path out;

    private final PrintStream stdout;
    private final PrintStream err;
    private final Clock clock;

    SignRegistryCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    SignRegistryCommand(PrintStream stdout, PrintStream err, Clock clock) {
        this.stdout = stdout;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            RegistryDraft draft = RegistryDraft.read(draftFile);
            if (!draft.isPublishedForm()) {
                err.println(draftFile + ": is a template (no serial, no certificates); a node loads only the"
                        + " published form, see docs/registry.md");
                return 1;
            }
            Credential signer = readSigner();
            X509Certificate root = signer.chain().get(signer.chain().size() - 1);
            NetworkRegistry registry = draft.checkPublished(List.of(root));
            byte[] content = draft.content();
            byte[] signature = new DetachedSigner(clock).sign(content, signer);
            Path signatureFile = out.resolveSibling(out.getFileName() + RegistryLoader.SIGNATURE_SUFFIX);
            write(out, content);
            write(signatureFile, signature);
            stdout.println("signed " + out + " serial " + registry.serial());
            stdout.println("sha256 " + HexFormat.of().formatHex(sha256(content)));
            stdout.println("signature " + signatureFile);
            return 0;
        } catch (RegistryException | CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        } catch (DetachedSigningException e) {
            err.println(draftFile + ": cannot sign with " + keyFile + ": " + e.getMessage());
            return 1;
        }
    }

    private Credential readSigner() throws CommandInputException {
        char[] password = password();
        try {
            Credential signer = Pkcs12Files.read(keyFile, alias, password);
            if (signer.chain().size() < 2) {
                throw new CommandInputException(keyFile + ": the signer's chain must include the regional root"
                        + " that issued it");
            }
            return signer;
        } catch (PkiException e) {
            throw new CommandInputException(keyFile + ": cannot read the registry signer: " + e.getMessage(), e);
        }
    }

    private char[] password() throws CommandInputException {
        if (passwordFile != null) {
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            } catch (IOException e) {
                throw new CommandInputException(passwordFile + ": cannot read the key password: " + e.getMessage(), e);
            }
        }
        String variable = System.getenv(PASSWORD_VARIABLE);
        if (variable == null || variable.isEmpty()) {
            throw new CommandInputException("no key password: pass --key-password-file or set " + PASSWORD_VARIABLE);
        }
        return variable.toCharArray();
    }

    private static void write(Path file, byte[] content) throws CommandInputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, content);
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new UnsupportedOperationException("every Java runtime provides SHA-256", e);
        }
    }
}
