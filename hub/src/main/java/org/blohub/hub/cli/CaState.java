package org.blohub.hub.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.blohub.crypto.pki.CertificateAuthority;

/**
 * What a CA must remember between two {@code pki} commands, in {@code ca-state.properties} beside its key: the
 * number of its last CRL and every revocation ({@code revoked.<serial in hex>=<instant>}).
 */
record CaState(Map<BigInteger, Instant> revocations, BigInteger lastCrlNumber) {

    static final String FILE_NAME = "ca-state.properties";
    private static final String CRL_NUMBER = "crl-number";
    private static final String REVOKED = "revoked.";

    static CaState empty() {
        return new CaState(Map.of(), BigInteger.ZERO);
    }

    static CaState of(CertificateAuthority authority) {
        return new CaState(authority.revocations(), authority.lastCrlNumber());
    }

    static CaState read(Path file) throws CommandInputException {
        if (!Files.exists(file)) {
            return empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot read the CA's revocations: " + e.getMessage(), e);
        }
        Map<BigInteger, Instant> revocations = new TreeMap<>();
        try {
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(REVOKED)) {
                    revocations.put(new BigInteger(key.substring(REVOKED.length()), 16),
                            Instant.parse(properties.getProperty(key)));
                }
            }
            return new CaState(revocations, new BigInteger(properties.getProperty(CRL_NUMBER, "0")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new CommandInputException(file + ": damaged (" + e.getMessage() + "); restore it from the CA's backup", e);
        }
    }

    /** Writes a new file and then moves it over the old one, so a failed write never loses a revocation. */
    void write(Path file) throws CommandInputException {
        Properties properties = new Properties();
        properties.setProperty(CRL_NUMBER, lastCrlNumber.toString());
        revocations.forEach((serial, time) -> properties.setProperty(REVOKED + serial.toString(16), time.toString()));
        Path next = file.resolveSibling(file.getFileName() + ".new");
        try {
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(writer, "BLO Hub CA state: last CRL number and revocations (serial in hex = time)");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot write the CA's revocations: " + e.getMessage(), e);
        }
    }
}
