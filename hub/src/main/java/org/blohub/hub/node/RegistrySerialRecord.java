package org.blohub.hub.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * The highest registry serial this node has run on, kept in {@code <data-dir>/registry.serial}, so that a node
 * restarted on an older registry, even a validly signed one, refuses to start: rollback protection across restarts,
 * as the running node has it for a changed registry file.
 */
public final class RegistrySerialRecord {

    static final String FILE_NAME = "registry.serial";

    private final Path file;

    public RegistrySerialRecord(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** @return empty before the first start with this data directory */
    public OptionalLong highest() throws IOException {
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new IOException(file + " holds '" + text + "', not a registry serial; delete it only if this node"
                    + " never ran on a registry with a higher serial than the one it starts on", e);
        }
    }

    /** Keeps {@code serial} if it is higher than the one kept; replaces the file in one move. */
    public void record(long serial) throws IOException {
        if (highest().orElse(0) >= serial) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path written = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        Files.writeString(written, Long.toString(serial) + "\n", StandardCharsets.UTF_8);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
