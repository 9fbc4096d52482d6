package org.blohub.adapters.channel;

import java.nio.file.Files;
import java.nio.file.Path;

/** Names under which a processed file is kept: its own, or with {@code -2}, {@code -3}... before the extension. */
final class DropTargets {

    private DropTargets() {
    }

    static Path free(Path directory, String name) {
        Path candidate = directory.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int copy = 2; Files.exists(candidate) || Files.exists(errorFileOf(candidate)); copy++) {
            candidate = directory.resolve(stem + "-" + copy + extension);
        }
        return candidate;
    }

    private static Path errorFileOf(Path kept) {
        return kept.resolveSibling(kept.getFileName() + ".errors.txt");
    }
}
