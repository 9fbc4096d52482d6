package org.blohub.crypto.note;

/**
 * Signs checkpoints of one log with the log's note key. The origin line is the signer's key name, as
 * c2sp.org/tlog-checkpoint recommends, so verifiers find the log key from the origin.
 */
public final class CheckpointSigner {

    private final NoteSigner logKey;

    public CheckpointSigner(NoteSigner logKey) {
        this.logKey = logKey;
    }

    public String origin() {
        return logKey.name();
    }

    /** The signed checkpoint for the tree of {@code treeSize} leaves whose RFC 9162 root is {@code rootHash}. */
    public SignedNote sign(long treeSize, byte[] rootHash) throws NoteFormatException {
        Checkpoint checkpoint = Checkpoint.of(logKey.name(), treeSize, rootHash);
        return SignedNote.sign(checkpoint.body(), logKey);
    }
}
