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
 * Attachment parts of messages, always in their sealed form (CMS AuthEnvelopedData). The parts this node sealed
 * for its own offices' messages are {@code <data-dir>/attachments/<message id>/<index>.cms}; the parts that
 * arrived are kept apart per node that delivered them, {@code <message id>/<node>/<index>.cms}, so a part one peer
 * delivers under another message's id can neither replace nor stand in for the part its sender delivered. A
 * part becomes visible only once completely written.
 */
@Component
public class AttachmentStore {

    /** Indexes above this are refused: no message carries that many attachments. */
    public static final int MAX_INDEX = 999;
    private static final Pattern PART_FILE = Pattern.compile("(\\d{1,3})\\.cms");
    /** Node names of the registry and this node's application user fit; nothing that could leave the directory. */
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private final Path root;

    public AttachmentStore(NodeProperties properties) {
        this.root = properties.dataDir().resolve("attachments");
    }

    /** Writes what the content writes, then makes it the part; a failed write leaves no part. */
    public <E extends Exception> void write(String messageId, int index, PartContent<E> content)
            throws IOException, E {
        writeInto(directory(messageId), index, content);
    }

    /**
     * Writes a part that arrived from {@code node}, kept apart from the parts other nodes delivered; a part the
     * same node delivers again replaces its earlier copy.
     */
    public <E extends Exception> void writeReceived(String messageId, String node, int index,
            PartContent<E> content) throws IOException, E {
        writeInto(receivedDirectory(messageId, node), index, content);
    }

    /** Whether {@code node} can name a directory of received parts. */
    public static boolean isStorableNodeName(String node) {
        return node != null && NODE_NAME.matcher(node).matches();
    }

    private <E extends Exception> void writeInto(Path directory, int index, PartContent<E> content)
            throws IOException, E {
        Path target = directory.resolve(fileName(index));
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, index + "-", ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The sealed part this node sealed itself, if it is here. */
    public Optional<Path> part(String messageId, int index) {
        return existing(directory(messageId).resolve(fileName(index)));
    }

    /** The sealed part that {@code node} delivered, if it is here. */
    public Optional<Path> receivedPart(String messageId, String node, int index) {
        return existing(receivedDirectory(messageId, node).resolve(fileName(index)));
    }

    /**
     * Every stored copy of a part that may be the attachment: the one this node sealed first, then those that
     * arrived, by delivering node. Only a copy that matches the signed descriptor may be used.
     */
    public List<Path> copiesOf(String messageId, int index) {
        List<Path> copies = new ArrayList<>();
        part(messageId, index).ifPresent(copies::add);
        for (String node : deliveringNodes(messageId)) {
            receivedPart(messageId, node, index).ifPresent(copies::add);
        }
        return copies;
    }

    /** The nodes that delivered parts of a message, sorted. */
    public List<String> deliveringNodes(String messageId) {
        Path directory = directory(messageId);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory).map(entry -> entry.getFileName().toString())
                    .filter(AttachmentStore::isStorableNodeName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list who delivered attachment parts of message " + messageId, e);
        }
    }

    /** The indexes of the parts {@code node} delivered for a message, ascending. */
    public List<Integer> receivedIndexes(String messageId, String node) {
        return indexesIn(receivedDirectory(messageId, node), messageId);
    }

    /** Removes the parts that {@code node} delivered for a message. */
    public void deleteReceived(String messageId, String node) throws IOException {
        deleteTree(receivedDirectory(messageId, node));
    }

    private static Optional<Path> existing(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The indexes of the parts this node sealed for a message, ascending. */
    public List<Integer> indexes(String messageId) {
        return indexesIn(directory(messageId), messageId);
    }

    private static List<Integer> indexesIn(Path directory, String messageId) {
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

    /**
     * Removes every part of a message, sealed here or received, e.g. of a submission that was refused before it
     * was recorded.
     */
    public void deleteAll(String messageId) throws IOException {
        deleteTree(directory(messageId));
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(directory)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }

    private static String fileName(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("attachment index " + index + " outside 0.." + MAX_INDEX);
        }
        return index + ".cms";
    }

    private Path receivedDirectory(String messageId, String node) {
        if (!isStorableNodeName(node)) {
            throw new IllegalArgumentException("not a node name: received attachment parts are stored under "
                    + NODE_NAME.pattern() + " only");
        }
        return directory(messageId).resolve(node);
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
