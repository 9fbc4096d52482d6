package org.blohub.hub.adapter.search;

/** The name search index cannot be read or written. */
public final class NameSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NameSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
