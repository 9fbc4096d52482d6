package org.blohub.hub.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.security.CallerChange;
import org.blohub.hub.security.CallerRole;

/**
 * A node's callers file ({@code CallerDirectory} format) as the {@code users} command changes it: every change is
 * written to the file (atomically, owner-only) and to the change journal the node records as ADMIN events.
 * Accounts are disabled and tokens revoked by a dated marker, never deleted.
 */
final class CallersFile {

    static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{1,63}$");

    private final NodeMaterial material;
    private final Properties properties;
    private final String actor;

    private CallersFile(NodeMaterial material, Properties properties, String actor) {
        this.material = material;
        this.properties = properties;
        this.actor = actor;
    }

    static CallersFile read(NodeMaterial material, String actor) throws CommandInputException {
        Properties properties = new Properties();
        Path file = material.callers();
        if (Files.notExists(file)) {
            // a node set up with pki alone has no callers yet: the first account creates the file
            return new CallersFile(material, properties, actor);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot read the callers file of node " + material.nodeName()
                    + ": " + e.getMessage(), e);
        }
        return new CallersFile(material, properties, actor);
    }

    boolean hasOfficer(String user) {
        return properties.containsKey("officer." + user + ".office");
    }

    boolean hasToken(String id) {
        return properties.containsKey("token." + id + ".office");
    }

    Optional<String> disabledAt(String user) {
        return Optional.ofNullable(properties.getProperty("officer." + user + ".disabled"));
    }

    Optional<String> revokedAt(String id) {
        return Optional.ofNullable(properties.getProperty("token." + id + ".revoked"));
    }

    void addOfficer(String user, String office, CallerRole role, String passwordHash, Instant now)
            throws CommandInputException {
        properties.setProperty("officer." + user + ".office", office);
        properties.setProperty("officer." + user + ".role", role.name());
        properties.setProperty("officer." + user + ".password", passwordHash);
        save(new CallerChange(now, CallerChange.USER_ADDED, "user:" + user, actor));
    }

    void disableOfficer(String user, Instant now) throws CommandInputException {
        properties.setProperty("officer." + user + ".disabled", now.toString());
        save(new CallerChange(now, CallerChange.USER_DISABLED, "user:" + user, actor));
    }

    void addToken(String id, String office, String sha256Hex, Instant now) throws CommandInputException {
        properties.setProperty("token." + id + ".office", office);
        properties.setProperty("token." + id + ".sha256", sha256Hex);
        save(new CallerChange(now, CallerChange.TOKEN_ISSUED, "token:" + id, actor));
    }

    void revokeToken(String id, Instant now) throws CommandInputException {
        properties.setProperty("token." + id + ".revoked", now.toString());
        save(new CallerChange(now, CallerChange.TOKEN_REVOKED, "token:" + id, actor));
    }

    /**
     * The change is journalled before the new file replaces the old one: a failure in between may leave an ADMIN
     * event for a change that did not happen (the command says it failed), never a change without its event.
     */
    private void save(CallerChange change) throws CommandInputException {
        Path file = material.callers();
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.deleteIfExists(next);
            createOwnerOnly(next);
            try (Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                properties.store(writer, "BLO Hub callers of node " + material.nodeName() + " (hashes only)");
            }
            Path journal = material.callerChanges();
            if (!Files.exists(journal)) {
                createOwnerOnly(journal);
            }
            Files.writeString(journal, change.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CommandInputException(file + ": cannot write the callers file: " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
}
