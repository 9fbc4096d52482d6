package org.blohub.hub.web.oversight;

/** A failure to read what the auditor's or administrator's pages show. */
class OversightException extends RuntimeException {

    OversightException(String message, Throwable cause) {
        super(message, cause);
    }
}
