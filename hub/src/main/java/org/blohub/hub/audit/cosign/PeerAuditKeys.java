package org.blohub.hub.audit.cosign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.hub.audit.AuditException;

/**
 * The peers' published audit verifier keys, read from {@code <dir>/<PEER>/audit/log.key.vkey} (the peer's log key)
 * and {@code <dir>/<PEER>/audit/witness.key.vkey} (the peer's cosigning key). The operator places them there out
 * of band; read on every use so a peer that starts later is picked up without a restart.
 */
final class PeerAuditKeys {

    private final Optional<Path> directory;

    /** @param directory null when no peer keys are configured */
    PeerAuditKeys(Path directory) {
        this.directory = Optional.ofNullable(directory);
    }

    Optional<NoteVerifierKey> logKey(String peer) {
        return read(peer, "log.key.vkey");
    }

    Optional<NoteVerifierKey> witnessKey(String peer) {
        return read(peer, WitnessKeyFile.NAME + ".vkey");
    }

    private Optional<NoteVerifierKey> read(String peer, String fileName) {
        return directory.flatMap(root -> read(root.resolve(peer).resolve("audit").resolve(fileName)));
    }

    private static Optional<NoteVerifierKey> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(NoteVerifierKey.parse(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new AuditException("cannot read the peer verifier key " + file, e);
        } catch (NoteException e) {
            throw new AuditException("peer verifier key file " + file + " does not hold a valid verifier key", e);
        }
    }
}
