package org.blohub.crypto.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Runs the machine's {@code openssl} command line (OpenSSL 3) in a working directory, to prove that what we
 * write is readable by something other than our own code. Shared with the tests of other modules (test-jar).
 */
public final class OpenSsl {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The exit code and the combined standard output and standard error of one run. */
    public record Result(int exitCode, String output) {
    }

    private final Path workingDirectory;

    public OpenSsl(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public static boolean available() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code openssl <arguments>} with an empty standard input and returns its result, whatever the exit code. */
    public Result attempt(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(describe(arguments) + " did not finish in " + TIMEOUT.toSeconds() + " s");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + describe(arguments), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + describe(arguments), e);
        }
    }

    /** Runs {@code openssl <arguments>} and returns its output; fails the test if it exits non-zero. */
    public String run(String... arguments) {
        Result result = attempt(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError(describe(arguments) + " exited with " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    public Path path(String fileName) {
        return workingDirectory.resolve(fileName);
    }

    public Path writeCertificates(String fileName, X509Certificate... certificates) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        }
        return Files.writeString(path(fileName), pem.toString());
    }

    /** Writes an unencrypted PKCS#8 PEM file; for throw-away test keys in a temporary directory only. */
    public Path writePrivateKey(String fileName, PrivateKey key) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        }
        return Files.writeString(path(fileName), pem.toString());
    }

    private static String describe(String... arguments) {
        return "openssl " + String.join(" ", arguments);
    }
}
