package org.blohub.hub.registry.peers;

/** A registry offer that is not one: the message says what is wrong with its bytes. */
final class RegistryOfferException extends Exception {

    RegistryOfferException(String message) {
        super(message);
    }

    RegistryOfferException(String message, Throwable cause) {
        super(message, cause);
    }
}
