package org.blohub.hub.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a directory tree with its files' and directories' permissions (the audit keys are owner-only and must stay
 * so), and removes trees the backup and restore commands created.
 */
final class DirectoryCopy {

    private DirectoryCopy() {
    }

    static void copy(Path from, Path to) throws CommandInputException {
        List<Path[]> directories = new ArrayList<>();
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                        throws IOException {
                    Path target = to.resolve(from.relativize(directory).toString());
                    Files.createDirectories(target);
                    directories.add(new Path[] {directory, target});
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
            // directory permissions last: an owner-only directory may not admit the files copied into it otherwise
            for (int deepestFirst = directories.size() - 1; deepestFirst >= 0; deepestFirst--) {
                Path[] pair = directories.get(deepestFirst);
                PosixFileAttributeView source = Files.getFileAttributeView(pair[0], PosixFileAttributeView.class);
                if (source != null) {
                    Files.setPosixFilePermissions(pair[1], source.readAttributes().permissions());
                }
            }
        } catch (IOException e) {
            throw new CommandInputException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path tree) throws CommandInputException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new CommandInputException("cannot remove " + tree + ": " + e.getMessage() + "; remove it by hand", e);
        }
    }
}
