package org.blohub.hub.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Follows the registry file a node started from. Once the file or its signature has changed and then stayed
 * the same for one more {@link #poll}, so that a publisher writing the two files one after the other is never
 * caught half way, the pair is verified exactly as at start. A valid registry with a higher serial that still
 * names this node is adopted by the running {@link NetworkRegistry}; anything else is refused and the node keeps
 * what it has. A refused pair is not tried again until it changes. What needs a restart is what differs from the
 * registry the node started on, so it is reported again with every registry applied until the node restarts.
 * One job polls it: it is not meant for concurrent calls.
 */
public final class RegistryRefresh {

    private final Path registryFile;
    private final Path signatureFile;
    private final Supplier<RegistryLoader> loader;
    private final NetworkRegistry running;
    private final NetworkRegistry startedOn;
    private final String nodeName;
    private byte[] decided;
    private byte[] pending;

    /**
     * @param loader  verifies as at start; asked for each registry, so that it may check the signer against the
     *                CRLs current then
     * @param running the registry the node runs on, read from {@code registryFile} at start
     */
    public RegistryRefresh(Path registryFile, Supplier<RegistryLoader> loader, NetworkRegistry running,
            String nodeName) {
        this.registryFile = registryFile;
        this.signatureFile = registryFile.resolveSibling(registryFile.getFileName() + RegistryLoader.SIGNATURE_SUFFIX);
        this.loader = loader;
        this.running = running;
        this.startedOn = running.snapshot();
        this.nodeName = nodeName;
        this.decided = digestAtStart();
        this.pending = decided;
    }

    public Path registryFile() {
        return registryFile;
    }

    /**
     * Looks at the files once.
     *
     * @return empty while they are unchanged, missing or still settling; else what was done with them
     * @throws RegistryException if the files cannot be read: the node keeps its registry and tries again
     */
    public Optional<RegistryRefreshOutcome> poll() throws RegistryException {
        Optional<byte[]> pair = digestOfPair();
        if (pair.isEmpty() || Arrays.equals(pair.get(), decided)) {
            pending = decided;
            return Optional.empty();
        }
        if (!Arrays.equals(pair.get(), pending)) {
            pending = pair.get();
            return Optional.empty();
        }
        RegistryRefreshOutcome outcome = decide();
        decided = pending;
        return Optional.of(outcome);
    }

    private RegistryRefreshOutcome decide() throws RegistryException {
        byte[] registryBytes = read(registryFile);
        String sha256 = HexFormat.of().formatHex(sha256(registryBytes));
        long runningSerial = running.serial();
        NetworkRegistry newer;
        try {
            newer = loader.get().load(registryFile, signatureFile);
        } catch (RegistryException e) {
            return new RegistryRefreshOutcome.Refused(runningSerial, sha256,
                    e.problems().isEmpty() ? "signature or file not accepted" : "content malformed", e.getMessage());
        }
        if (newer.serial() <= runningSerial) {
            return new RegistryRefreshOutcome.Refused(runningSerial, sha256,
                    "serial " + newer.serial() + " not above " + runningSerial, registryFile + ": serial "
                    + newer.serial() + " is not higher than serial " + runningSerial + " the node runs on;"
                    + " publish the registry with a serial above " + runningSerial);
        }
        if (newer.node(nodeName).isEmpty()) {
            return new RegistryRefreshOutcome.Refused(runningSerial, sha256, "node " + nodeName + " missing",
                    registryFile + ": serial " + newer.serial() + " does not name this node " + nodeName);
        }
        RegistryRefreshOutcome.Applied applied = new RegistryRefreshOutcome.Applied(runningSerial, newer.serial(),
                sha256, RegistryChangesNeedingRestart.between(startedOn, newer, nodeName));
        running.adopt(newer);
        return applied;
    }

    /** The pair the node loaded at start; unreadable now, the first poll that reads it decides on it. */
    private byte[] digestAtStart() {
        try {
            return digestOfPair().orElse(new byte[0]);
        } catch (RegistryException e) {
            return new byte[0];
        }
    }

    /** Both files' digests; empty while either is missing, as while a publisher replaces them. */
    private Optional<byte[]> digestOfPair() throws RegistryException {
        try {
            byte[] registry = sha256(Files.readAllBytes(registryFile));
            byte[] signature = sha256(Files.readAllBytes(signatureFile));
            byte[] pair = Arrays.copyOf(registry, registry.length + signature.length);
            System.arraycopy(signature, 0, pair, registry.length, signature.length);
            return Optional.of(pair);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw RegistryException.refused(registryFile, "cannot read the registry or its signature file: "
                    + e.getMessage(), e);
        }
    }

    private byte[] read(Path file) throws RegistryException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw RegistryException.refused(file, "cannot read the registry file: " + e.getMessage(), e);
        }
    }

    private byte[] sha256(byte[] bytes) throws RegistryException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw RegistryException.refused(registryFile, "SHA-256 is not available in this JVM", e);
        }
    }
}
