package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.blohub.crypto.note.CheckpointSigner;
import org.blohub.crypto.note.NoteFormatException;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.crypto.note.SignedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a checkpoint of this node's audit log with the node's Ed25519 audit key whenever the log has
 * grown since the latest stored checkpoint, and stores it. {@link CheckpointSchedule} calls it every
 * configured interval.
 */
public final class CheckpointPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointPublisher.class);

    private final AuditTree tree;
    private final CheckpointSigner signer;
    private final CheckpointStore checkpoints;
    private final Clock clock;

    /** @param logKey the node's audit key; its name must be the node's {@link AuditOrigin#name()} */
    public CheckpointPublisher(AuditTree tree, NoteSigner logKey, AuditOrigin origin, CheckpointStore checkpoints,
            Clock clock) {
        if (!logKey.name().equals(origin.name())) {
            throw new AuditException("the audit key is named " + logKey.name() + " but the log's origin is "
                    + origin.name());
        }
        this.tree = tree;
        this.signer = new CheckpointSigner(logKey);
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Signs and stores a checkpoint of the current tree if it is larger than the latest one. */
    public Optional<StoredCheckpoint> publishIfGrown() {
        long size = tree.size();
        long latestSize = checkpoints.latest().map(StoredCheckpoint::treeSize).orElse(-1L);
        if (size <= latestSize) {
            return Optional.empty();
        }
        byte[] root = tree.rootAt(size);
        SignedNote note;
        try {
            note = signer.sign(size, root);
        } catch (NoteFormatException e) {
            throw new AuditException("cannot sign the audit checkpoint of tree size " + size, e);
        }
        Instant now = clock.instant();
        checkpoints.save(size, root, note, now);
        LOG.info("BLO-AUD-001 signed audit checkpoint {} at tree size {}", signer.origin(), size);
        return checkpoints.at(size);
    }
}
