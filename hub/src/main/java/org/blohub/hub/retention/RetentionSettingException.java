package org.blohub.hub.retention;

/** A retention setting the node cannot use; the node refuses to start with it. */
final class RetentionSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RetentionSettingException(String message) {
        super(message);
    }
}
