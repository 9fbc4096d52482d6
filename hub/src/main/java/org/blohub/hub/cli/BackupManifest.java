package org.blohub.hub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@value #FILE} in a backup directory: the node, when it was taken, and the SHA-256 of every file the backup holds
 * ({@code data/…} the node's data directory, {@code keys/…} its key directory), so that a restore can tell a
 * complete, unaltered backup from a damaged one.
 */
record BackupManifest(String node, Instant takenAt, SortedMap<String, String> sha256ByFile) {

    static final String FILE = "backup.properties";
    private static final String FILE_PREFIX = "sha256.";

    BackupManifest {
        sha256ByFile = new TreeMap<>(sha256ByFile);
    }

    /** The manifest of the files now under {@code backup}. */
    static BackupManifest of(String node, Instant takenAt, Path backup) throws CommandInputException {
        SortedMap<String, String> digests = new TreeMap<>();
        for (Path file : files(backup)) {
            digests.put(relative(backup, file), sha256(file));
        }
        return new BackupManifest(node, takenAt, digests);
    }

    void write(Path backup) throws CommandInputException {
        Properties properties = new Properties();
        properties.setProperty("node", node);
        properties.setProperty("taken-at", takenAt.toString());
        sha256ByFile.forEach((file, digest) -> properties.setProperty(FILE_PREFIX + file, digest));
        try (Writer writer = Files.newBufferedWriter(backup.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(writer, "BLO Hub node backup; restore with: java -jar blohub-hub.jar restore --from DIR");
        } catch (IOException e) {
            throw new CommandInputException("cannot write " + backup.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static BackupManifest read(Path backup) throws CommandInputException {
        Path file = backup.resolve(FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CommandInputException(file + " cannot be read (" + e.getMessage() + "): " + backup
                    + " is not a backup taken with the backup command", e);
        }
        String node = properties.getProperty("node");
        String takenAt = properties.getProperty("taken-at");
        if (node == null || takenAt == null) {
            throw new CommandInputException(file + " names no node or time (keys 'node' and 'taken-at')");
        }
        SortedMap<String, String> digests = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(FILE_PREFIX)) {
                digests.put(key.substring(FILE_PREFIX.length()), properties.getProperty(key));
            }
        }
        try {
            return new BackupManifest(node, Instant.parse(takenAt), digests);
        } catch (DateTimeParseException e) {
            throw new CommandInputException(file + ": taken-at '" + takenAt + "' is not an ISO-8601 instant", e);
        }
    }

    /** Every difference between this manifest and the files now under {@code backup}; empty when it is intact. */
    List<String> problems(Path backup) throws CommandInputException {
        List<String> problems = new ArrayList<>();
        SortedMap<String, String> present = of(node, takenAt, backup).sha256ByFile();
        for (Map.Entry<String, String> expected : sha256ByFile.entrySet()) {
            String found = present.get(expected.getKey());
            if (found == null) {
                problems.add(expected.getKey() + " is missing");
            } else if (!found.equals(expected.getValue())) {
                problems.add(expected.getKey() + " differs from the file backed up (SHA-256 " + found + ", expected "
                        + expected.getValue() + ")");
            }
        }
        present.keySet().stream().filter(file -> !sha256ByFile.containsKey(file))
                .forEach(file -> problems.add(file + " is not part of the backup"));
        return problems;
    }

    private static List<Path> files(Path backup) throws CommandInputException {
        try (Stream<Path> walk = Files.walk(backup)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(backup.resolve(FILE)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CommandInputException("cannot list the files of " + backup + ": " + e.getMessage(), e);
        }
    }

    private static String relative(Path backup, Path file) {
        return backup.relativize(file).toString().replace(backup.getFileSystem().getSeparator(), "/");
    }

    static String sha256(Path file) throws CommandInputException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CommandInputException("this Java runtime offers no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new CommandInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
