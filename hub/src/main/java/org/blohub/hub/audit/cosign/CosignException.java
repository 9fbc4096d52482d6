package org.blohub.hub.audit.cosign;

import org.blohub.hub.audit.AuditException;

/** A checkpoint offer or cosignature that cannot be read or does not verify. */
final class CosignException extends AuditException {

    CosignException(String message) {
        super(message);
    }

    CosignException(String message, Throwable cause) {
        super(message, cause);
    }
}
