package org.blohub.hub.audit;

import java.nio.file.Path;

import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteSigner;
import org.blohub.hub.registry.NodeAuditKeys;

/**
 * Where a node keeps its two Ed25519 audit keys, under its data directory, each readable by the node only and
 * created on first use with its verifier key next to it ({@code .vkey}):
 * {@code <data-dir>/audit/log.key} signs the node's checkpoints, {@code <data-dir>/audit/witness.key} cosigns its
 * peers'. The verifier keys are what the signed registry publishes for the node (docs/registry.md).
 */
public final class NodeAuditKeyFiles {

    private NodeAuditKeyFiles() {
    }

    public static Path logKeyFile(Path dataDir) {
        return dataDir.resolve("audit").resolve("log.key");
    }

    public static Path witnessKeyFile(Path dataDir) {
        return dataDir.resolve("audit").resolve(WitnessKeyFile.NAME);
    }

    /** The node's log signer key in {@code file}, created if absent. */
    public static NoteSigner logKey(Path file, AuditOrigin origin) {
        return AuditKeyFile.loadOrCreate(file, origin);
    }

    /** The node's witness key in {@code file}, created if absent. */
    public static Cosigner witnessKey(Path file, AuditOrigin origin) {
        return WitnessKeyFile.loadOrCreate(file, origin.witnessName());
    }

    /**
     * Creates (or reads) both keys of node {@code origin.nodeId()} under {@code dataDir} and returns the verifier
     * keys to publish in the registry.
     */
    public static NodeAuditKeys ensure(Path dataDir, AuditOrigin origin) {
        return new NodeAuditKeys(logKey(logKeyFile(dataDir), origin).verifierKey(),
                witnessKey(witnessKeyFile(dataDir), origin).verifierKey());
    }
}
