package org.blohub.hub.audit.evidence;

/** An evidence bundle could not be built or read. */
public class EvidenceException extends RuntimeException {

    public EvidenceException(String message) {
        super(message);
    }

    public EvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
