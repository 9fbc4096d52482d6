package org.blohub.hub.audit;

/**
 * Raised by a {@link PeerWitness} when a peer's checkpoint contradicts the last one this node cosigned:
 * the peer's log was rewritten or forked. {@link PeerAuditAlarm} is the node's implementation.
 */
@FunctionalInterface
public interface InconsistentCheckpointAlarm {

    void raise(String origin, WitnessedCheckpoint lastCosigned, long offeredSize, String detail);
}
