package org.blohub.adapters.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.blohub.adapters.spi.RenderedDocument;

/**
 * Writes rendered documents into a national system's directory atomically: under a hidden temporary name first,
 * then renamed, so the national system never sees a half-written file. A document written again (after a retry)
 * replaces the earlier copy under the same name.
 */
public final class DirectoryOutbox {

    private final Path directory;

    public DirectoryOutbox(Path directory) {
        this.directory = directory;
    }

    public Path write(RenderedDocument document) throws IOException {
        String name = document.fileName();
        if (name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IOException("the translator named the document '" + name + "', which is not a plain file name");
        }
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + name + ".tmp");
        Path target = directory.resolve(name);
        Files.write(temporary, document.content());
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
