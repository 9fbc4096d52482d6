package org.blohub.hub.audit;

import java.util.Optional;

/**
 * The outcome of auditing a log against a signed checkpoint.
 *
 * @param treeSize the checkpoint's tree size (0 when the checkpoint was refused)
 * @param rootHash the checkpoint's root, verified against the entries when {@link #intact()}
 */
public record LogAuditResult(long treeSize, byte[] rootHash, Optional<LogDefect> defect) {

    public LogAuditResult {
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public boolean intact() {
        return defect.isEmpty();
    }
}
