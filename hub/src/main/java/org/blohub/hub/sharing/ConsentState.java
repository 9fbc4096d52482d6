package org.blohub.hub.sharing;

/** A consent request on the originating office's node: waiting for an officer, or answered. */
public enum ConsentState {
    PENDING,
    GRANTED,
    REFUSED
}
