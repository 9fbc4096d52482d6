package org.blohub.crypto.cms;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** Runs the {@code openssl} command line in a working directory and writes the PEM files it reads. */
final class OpenSslCommand {

    private final Path directory;

    OpenSslCommand(Path directory) {
        this.directory = directory;
    }

    static boolean available() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code openssl <arguments>} and returns its combined output; fails the test if it exits non-zero. */
    String run(String... arguments) throws IOException, InterruptedException {
        Result result = attempt(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("openssl " + String.join(" ", arguments) + " exited with " + result.exitCode()
                    + ":\n" + result.output());
        }
        return result.output();
    }

    record Result(int exitCode, String output) {
    }

    Result attempt(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl " + String.join(" ", arguments) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    Path writeCertificates(String fileName, X509Certificate... certificates) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            for (X509Certificate certificate : certificates) {
                writer.writeObject(certificate);
            }
        }
        return Files.writeString(directory.resolve(fileName), pem.toString());
    }

    Path writePrivateKey(String fileName, PrivateKey key) throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(new JcaPKCS8Generator(key, null));
        }
        return Files.writeString(directory.resolve(fileName), pem.toString());
    }

    Path path(String fileName) {
        return directory.resolve(fileName);
    }
}
