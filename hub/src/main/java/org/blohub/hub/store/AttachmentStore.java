package org.blohub.hub.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.node.NodeProperties;
import org.springframework.stereotype.Component;

/**
 * Attachment parts of messages as files under {@code <data-dir>/attachments/<message id>/<index>.cms},
 * always in their sealed form (CMS AuthEnvelopedData): the sender keeps the parts it sealed, the
 * receiver the parts that arrived. A part becomes visible only once completely written.
 */
@Component
public class AttachmentStore {

    /** Indexes above this are refused: no message carries that many attachments. */
    public static final int MAX_INDEX = 999;
    private static final Pattern PART_FILE = Pattern.compile("(\\d{1,3})\\.cms");

    private final Path root;

    public AttachmentStore(NodeProperties properties) {
        this.root = properties.dataDir().resolve("attachments");
    }

    /** Writes what the content writes, then makes it the part; a failed write leaves no part. */
    public <E extends Exception> void write(String messageId, int index, PartContent<E> content)
            throws IOException, E {
        Path directory = directory(messageId);
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, index + "-", ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                content.writeTo(out);
            }
            Files.move(partial, file(messageId, index), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The sealed part, if it is here. */
    public Optional<Path> part(String messageId, int index) {
        Path file = file(messageId, index);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The indexes of the parts stored for a message, ascending. */
    public List<Integer> indexes(String messageId) {
        Path directory = directory(messageId);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Integer> indexes = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.cms")) {
            for (Path file : files) {
                Matcher name = PART_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    indexes.add(Integer.parseInt(name.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the attachment parts of message " + messageId, e);
        }
        indexes.sort(Comparator.naturalOrder());
        return indexes;
    }

    /** Removes every part of a message, e.g. of a submission that was refused before it was recorded. */
    public void deleteAll(String messageId) throws IOException {
        Path directory = directory(messageId);
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    private Path file(String messageId, int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("attachment index " + index + " outside 0.." + MAX_INDEX);
        }
        return directory(messageId).resolve(index + ".cms");
    }

    /** Only ULIDs become directory names, so a message id from the wire cannot point elsewhere. */
    private Path directory(String messageId) {
        if (!MessageIds.isUlid(messageId)) {
            throw new IllegalArgumentException("not a message id: attachment parts are stored under ULIDs only");
        }
        return root.resolve(messageId);
    }

    /** Writes a part's sealed bytes. */
    @FunctionalInterface
    public interface PartContent<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }
}
