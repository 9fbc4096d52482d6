package org.blohub.hub.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.VerifiedCheckpoint;

/**
 * Whether a restored node may go on with its audit log: a peer already cosigned a checkpoint of it (size {@code m}),
 * so the restored log must hold that very checkpoint, same size and same root. A backup whose log ends before
 * {@code m} lacks events the peer vouched for, and the node would write new events in their places: a fork, which
 * the peer would never cosign. That backup is refused.
 */
final class CosignedCheckpointCheck {

    private final String node;
    private final NoteVerifierKey logKey;
    private final RestoredCheckpoints restored;

    CosignedCheckpointCheck(String node, NoteVerifierKey logKey, RestoredCheckpoints restored) {
        this.node = node;
        this.logKey = logKey;
        this.restored = restored;
    }

    /**
     * @param cosigned the signed note the peer serves, empty if it cosigned nothing of this log yet
     * @return what was found, for the operator
     * @throws CommandInputException when the restored log must not be used, saying why and what to do
     */
    String check(String peer, Optional<String> cosigned) throws CommandInputException {
        Optional<RestoredCheckpoints.Checkpoint> latest = restored.latest();
        String holds = latest.map(checkpoint -> "the restored log holds checkpoints up to size " + checkpoint.treeSize())
                .orElse("the restored log holds no checkpoint");
        if (cosigned.isEmpty()) {
            return peer + " has cosigned no checkpoint of " + node + " yet; " + holds;
        }
        VerifiedCheckpoint verified;
        try {
            verified = new CheckpointVerifier(logKey, List.of()).open(cosigned.get());
        } catch (NoteException e) {
            throw new CommandInputException(peer + " served a checkpoint that is not signed by " + node
                    + "'s log key from the backup (" + e.getMessage() + "): is it the right peer and node?", e);
        }
        long size = verified.checkpoint().treeSize();
        Optional<RestoredCheckpoints.Checkpoint> same = restored.at(size);
        if (same.isPresent() && Arrays.equals(same.get().rootHash(), verified.checkpoint().rootHash())) {
            return peer + " cosigned " + node + "'s log up to size " + size + ", and " + holds
                    + " with the same root at that size: consistent";
        }
        if (latest.isEmpty() || latest.get().treeSize() < size) {
            throw new CommandInputException("the backup is older than what " + peer + " cosigned: " + holds
                    + ", but " + peer + " cosigned " + node + "'s log at size " + size + ". The events after the "
                    + "backup are not in it, and the node would write new events in their places, a fork of its "
                    + "audit log that " + peer + " would never cosign. Restore a backup taken later (the last one "
                    + "before the failure, or a copy of the database up to that moment); see docs/operations.md, "
                    + "\"Backup and restore\", for what to do when there is none");
        }
        throw new CommandInputException("the backup's audit log differs from the one " + peer + " cosigned: at size "
                + size + " the restored root " + same.map(checkpoint -> "is another").orElse("is missing")
                + ". This is not the history " + peer + " vouched for; restore a backup of this node's own database");
    }
}
