package org.blohub.hub.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Whether a node's data directory is in use: a running node holds a lock on its H2 database file and on its
 * broker's {@code server.lock}. A copy taken meanwhile would be torn, so backup and restore refuse.
 */
final class StoppedNode {

    /** The files a running node keeps locked, relative to its data directory. */
    static final List<String> LOCKED_WHILE_RUNNING = List.of("db/hub.mv.db", "broker/server.lock");

    private StoppedNode() {
    }

    static void require(Path dataDir, String node) throws CommandInputException {
        for (String name : LOCKED_WHILE_RUNNING) {
            Path file = dataDir.resolve(name);
            if (Files.isRegularFile(file) && inUse(file)) {
                throw new CommandInputException("node " + node + " is running on " + dataDir + " (" + file
                        + " is locked): stop it first; its peers keep its messages meanwhile");
            }
        }
    }

    private static boolean inUse(Path file) throws CommandInputException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new CommandInputException("cannot check whether " + file + " is in use: " + e.getMessage(), e);
        }
    }
}
