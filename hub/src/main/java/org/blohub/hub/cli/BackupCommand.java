package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code backup --node TH --data-dir data/TH --out DIR}: copies a stopped node's data directory (database, broker
 * journal, attachments, audit and witness keys) and its key directory into a new directory, with a manifest of
 * every file's SHA-256 (docs/operations.md, "Backup and restore").
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up a stopped node: its data directory and keys, with a manifest of checksums.")
public final class BackupCommand implements Callable<Integer> {

    @Option(names = "--node", required = true, description = "The node, e.g. TH")
    String node;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "The node's data directory (blo.node.data-dir), e.g. /var/lib/blohub/TH")
    Path dataDir;

    @Option(names = "--material", defaultValue = "data/demo", paramLabel = "DIR",
            description = "The material directory whose keys/<NODE>/ is backed up too (default ${DEFAULT-VALUE})")
    Path material;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty directory")
    Path out;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Clock clock;

    BackupCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    BackupCommand(PrintStream stdout, PrintStream stderr, Clock clock) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            Path keys = material.resolve("keys").resolve(node);
            if (!Files.isDirectory(dataDir.resolve("audit"))) {
                throw new CommandInputException(dataDir + " is not the data directory of a node that has run (no "
                        + "audit/ in it)");
            }
            if (!Files.isDirectory(keys)) {
                throw new CommandInputException("node " + node + " has no key directory " + keys);
            }
            requireEmpty(out);
            StoppedNode.require(dataDir, node);
            DirectoryCopy.copy(dataDir, out.resolve("data"));
            DirectoryCopy.copy(keys, out.resolve("keys"));
            BackupManifest manifest = BackupManifest.of(node, clock.instant(), out);
            manifest.write(out);
            stdout.println("backed up node " + node + " to " + out + ": " + manifest.sha256ByFile().size()
                    + " files, manifest " + BackupManifest.FILE);
            return 0;
        } catch (CommandInputException e) {
            stderr.println(e.getMessage());
            return 1;
        }
    }

    static void requireEmpty(Path directory) throws CommandInputException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new CommandInputException(directory + " is not empty: give a new or empty directory");
            }
        } catch (IOException e) {
            throw new CommandInputException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }
}
