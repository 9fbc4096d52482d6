package org.blohub.hub.sharing;

/** An originating office's answer to a consent request. */
public enum ConsentDecision {
    GRANTED,
    REFUSED;

    ConsentState state() {
        return this == GRANTED ? ConsentState.GRANTED : ConsentState.REFUSED;
    }

    ForwardState forwardState() {
        return this == GRANTED ? ForwardState.GRANTED : ForwardState.REFUSED;
    }
}
