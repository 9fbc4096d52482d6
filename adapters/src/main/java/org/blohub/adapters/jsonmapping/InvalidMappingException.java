package org.blohub.adapters.jsonmapping;

/** A JSON mapping document that cannot be used; the message names the mapping and the key to fix. */
public final class InvalidMappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidMappingException(String mapping, String key, String problem) {
        super("mapping " + mapping + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
    }
}
