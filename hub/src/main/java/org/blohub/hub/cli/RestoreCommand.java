package org.blohub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.blohub.crypto.note.NoteFormatException;
import org.blohub.crypto.note.NoteVerifierKey;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restore --from DIR --data-dir NEW --peer URL --peer-user U --peer-password-file F}: checks a backup against
 * its manifest, restores it into a fresh data directory, and asks every peer for the largest checkpoint of this
 * node's log it cosigned. A backup older than that is refused and the fresh directory removed, because the node
 * would fork its audit log ({@link CosignedCheckpointCheck}). Keys missing from the material directory are restored;
 * keys that differ from the backup's are a refusal.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a node's backup into a fresh data directory, if its peers' cosigned checkpoints allow.")
public final class RestoreCommand implements Callable<Integer> {

    static final class Peer {
        @Option(names = "--peer", required = true, paramLabel = "URL",
                description = "A peer node's HTTP address, e.g. https://la.blohub.example")
        URI url;

        @Option(names = "--peer-user", required = true, description = "An AUDITOR account of that peer")
        String user;

        @Option(names = "--peer-password-file", required = true, paramLabel = "FILE",
                description = "A file holding that account's password")
        Path passwordFile;
    }

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The backup directory")
    Path from;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "The node's new data directory; must not exist or be empty")
    Path dataDir;

    @Option(names = "--material", defaultValue = "data/demo", paramLabel = "DIR",
            description = "The material directory whose keys/<NODE>/ is restored if missing (default ${DEFAULT-VALUE})")
    Path material;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Peer> peers = new ArrayList<>();

    @Option(names = "--skip-peer-check", description = "Restore without asking the peers (they are unreachable); "
            + "the node may then fork its audit log, which the peers will refuse to cosign")
    boolean skipPeerCheck;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "The node's database, if not the H2 file in the "
            + "data directory (restore a PostgreSQL dump there first); password in BLO_DB_PASSWORD")
    Optional<String> jdbcUrl;

    @Option(names = "--db-user", defaultValue = "sa", description = "The database user (default ${DEFAULT-VALUE})")
    String dbUser;

    private final PrintStream stdout;
    private final PrintStream stderr;

    RestoreCommand() {
        this(System.out, System.err);
    }

    RestoreCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        boolean created = false;
        try {
            BackupManifest manifest = BackupManifest.read(from);
            List<String> problems = manifest.problems(from);
            if (!problems.isEmpty()) {
                throw new CommandInputException("the backup in " + from + " is damaged, nothing was restored:\n  "
                        + String.join("\n  ", problems));
            }
            if (peers.isEmpty() && !skipPeerCheck) {
                throw new CommandInputException("name every peer of node " + manifest.node() + " with --peer, "
                        + "--peer-user and --peer-password-file, so that the restore can check the backup against "
                        + "what they cosigned (or --skip-peer-check when none can be reached)");
            }
            BackupCommand.requireEmpty(dataDir);
            Path keys = material.resolve("keys").resolve(manifest.node());
            List<Path> missingKeys = missingKeys(from.resolve("keys"), keys);
            created = true;
            DirectoryCopy.copy(from.resolve("data"), dataDir);
            if (!skipPeerCheck) {
                checkAgainstPeers(manifest.node());
            }
            for (Path key : missingKeys) {
                Files.createDirectories(keys);
                Files.copy(from.resolve("keys").resolve(key.toString()), keys.resolve(key.toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            stdout.println("restored node " + manifest.node() + " from the backup taken at " + manifest.takenAt()
                    + " into " + dataDir + (missingKeys.isEmpty() ? "" : ", and " + missingKeys.size()
                    + " key files into " + keys) + "; start it with blo.node.data-dir=" + dataDir);
            return 0;
        } catch (CommandInputException e) {
            if (created) {
                try {
                    DirectoryCopy.delete(dataDir);
                } catch (CommandInputException notRemoved) {
                    stderr.println(notRemoved.getMessage());
                }
            }
            stderr.println("restore refused: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            stderr.println("restore failed: cannot restore the keys: " + e.getMessage());
            return 1;
        }
    }

    private void checkAgainstPeers(String node) throws CommandInputException {
        RestoredCheckpoints restored = new RestoredCheckpoints(jdbcUrl.orElse(RestoredCheckpoints.h2Url(dataDir)),
                dbUser, Optional.ofNullable(System.getenv("BLO_DB_PASSWORD")).orElse(""));
        CosignedCheckpointCheck check = new CosignedCheckpointCheck(node, logKey(), restored);
        for (Peer peer : peers) {
            PeerWitnessQuery query = new PeerWitnessQuery(peer.url, peer.user, password(peer.passwordFile));
            stdout.println(check.check(peer.url.toString(), query.witnessedCheckpointOf(node)));
        }
    }

    private NoteVerifierKey logKey() throws CommandInputException {
        Path file = dataDir.resolve("audit/log.key.vkey");
        try {
            return NoteVerifierKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new CommandInputException("the backup holds no audit verifier key " + file + ": " + e.getMessage(),
                    e);
        } catch (NoteFormatException e) {
            throw new CommandInputException(file + " is not a note verifier key: " + e.getMessage(), e);
        }
    }

    private static String password(Path file) throws CommandInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CommandInputException("cannot read the peer password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key files the material lacks; a key file present there with other content is a refusal. */
    private static List<Path> missingKeys(Path backedUp, Path current) throws CommandInputException {
        List<Path> missing = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(backedUp)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = backedUp.relativize(file);
                Path present = current.resolve(relative.toString());
                if (!Files.exists(present)) {
                    missing.add(relative);
                } else if (!BackupManifest.sha256(present).equals(BackupManifest.sha256(file))) {
                    throw new CommandInputException(present + " differs from the backup's " + relative + ": the "
                            + "node's keys changed since the backup (a key rotation?). Keep the current keys and "
                            + "restore a backup taken after the change, or move the current file aside if the "
                            + "backup's key is the one the registry publishes");
                }
            }
        } catch (IOException e) {
            throw new CommandInputException("cannot list the backed-up keys in " + backedUp + ": " + e.getMessage(), e);
        }
        return missing;
    }
}
