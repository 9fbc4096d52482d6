package org.blohub.hub.store;

/** Outcome of verifying an inbound envelope's signature, certificate path and revocation. */
public enum SignatureStatus {
    VALID,
    INVALID,
    UNVERIFIED
}
