package org.blohub.hub.publication;

/** A published file could not be fetched or copied; the message names the URL or the file and what went wrong. */
public final class PublishedFileException extends Exception {

    public PublishedFileException(String message) {
        super(message);
    }

    public PublishedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
