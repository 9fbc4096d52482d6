package org.blohub.crypto.pki;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates an empty file only its owner may read and write, before key material goes into it. */
final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /** Replaces any existing file; on file systems without POSIX permissions, creates it plainly. */
    static void create(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
