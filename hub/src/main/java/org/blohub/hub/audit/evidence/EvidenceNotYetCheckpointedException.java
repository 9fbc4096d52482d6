package org.blohub.hub.audit.evidence;

/** The message's latest events are not yet covered by a signed checkpoint; ask again after the next one. */
public final class EvidenceNotYetCheckpointedException extends EvidenceException {

    public EvidenceNotYetCheckpointedException(String message) {
        super(message);
    }
}
