package org.blohub.hub.node;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.security.auth.login.LoginException;

import org.blohub.crypto.pki.Credential;

/**
 * A SoftHSM2 token made for one test: initialised with {@code softhsm2-util} alone in the token directory that this
 * JVM's {@code SOFTHSM2_CONF} names (hub/pom.xml points it under {@code target/}), so it is at slot list index 0, with
 * keys imported through the SunPKCS11 key store. SoftHSM reads that variable only from the environment, and fixes
 * the token directory when the library is first loaded, so one test class makes one token.
 */
public final class SoftHsmToken {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    private final String label;
    private final String pin;
    private final Path pinFile;

    private SoftHsmToken(String label, String pin, Path pinFile) {
        this.label = label;
        this.pin = pin;
        this.pinFile = pinFile;
    }

    /** Skips the calling test where SoftHSM2 is not installed; CI installs it (.ci/run). */
    public static void assumeInstalled() {
        assumeTrue(Files.exists(LIBRARY), "SoftHSM2 is not installed (" + LIBRARY + " is missing):"
                + " apt-get install softhsm2 to run the PKCS#11 tests");
    }

    /** A fresh token with a generated PIN, written to {@code pin} under {@code directory}. */
    public static SoftHsmToken initialize(Path directory, String label) throws IOException, InterruptedException {
        Path configuration = Path.of(Optional.ofNullable(System.getenv("SOFTHSM2_CONF")).orElseThrow(() ->
                new IllegalStateException("SOFTHSM2_CONF is not set; run this test through Maven, whose hub/pom.xml"
                        + " sets it for the test JVMs")));
        Path tokens = configuration.resolveSibling("tokens");
        deleteTree(tokens);
        Files.createDirectories(tokens);
        Files.writeString(configuration, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                + "objectstore.backend = file\nlog.level = ERROR\n");
        String pin = Long.toString(System.nanoTime() % 1_000_000_000L);
        run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", pin + "0");
        Path pinFile = Files.writeString(directory.resolve("pin"), pin + "\n");
        return new SoftHsmToken(label, pin, pinFile);
    }

    /**
     * Imports the key and its certificate under this label, with ECDH allowed for the key. Only the office's own
     * certificate: SoftHSM refuses the issuers' as well (CKR_GENERAL_ERROR), and the node needs none of them, as
     * receivers find the national CAs in the registry.
     */
    public void importKey(String keyLabel, Credential credential)
            throws GeneralSecurityException, IOException, LoginException {
        Provider provider = Security.getProvider("SunPKCS11").configure("--name=import-" + label + "\n"
                + "library=" + LIBRARY + "\nslotListIndex=0\n"
                + "attributes(*,CKO_PRIVATE_KEY,CKK_EC)={\n  CKA_DERIVE=true\n}\n");
        KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
        keyStore.load(null, pin.toCharArray());
        keyStore.setKeyEntry(keyLabel, credential.privateKey(), null,
                new Certificate[] {credential.certificate()});
        // A PKCS#11 login holds for the whole library in this JVM; log out so the next login checks its PIN.
        ((AuthProvider) provider).logout();
    }

    /** The {@code blo.node.offices[index]} properties that put this office's keys in this token. */
    public Map<String, Object> officeProperties(int index, String officeId) {
        String prefix = "blo.node.offices[" + index + "]";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(prefix + ".id", officeId);
        properties.put(prefix + ".keys.pkcs11.library", LIBRARY.toString());
        properties.put(prefix + ".keys.pkcs11.slot-list-index", "0");
        properties.put(prefix + ".keys.pkcs11.pin-file", pinFile.toString());
        return properties;
    }

    public Path pinFile() {
        return pinFile;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(List.of(command).subList(0, 2) + " failed: " + output);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
