package org.blohub.hub.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * A local file the node reads, replaced as a whole: a reader sees the old content or the new, never a part of the
 * new one, because the new content is written beside it and then moved over it.
 */
public final class LocalCopy {

    private final Path file;

    public LocalCopy(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** @return whether the file changed; a file that already holds these bytes is left as it is */
    public boolean replaceWith(byte[] content) throws PublishedFileException {
        try {
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
            Path next = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".next");
            try {
                Files.write(next, content);
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(next);
            }
            return true;
        } catch (IOException e) {
            throw new PublishedFileException("cannot replace " + file + ": " + e, e);
        }
    }
}
