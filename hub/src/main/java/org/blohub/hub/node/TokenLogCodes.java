package org.blohub.hub.node;

/** The log codes of office keys in a PKCS#11 token (docs/pkcs11.md). */
final class TokenLogCodes {

    /** Refused: the token settings are incomplete or contradict each other. */
    static final String SETTINGS = "BLO-KEY-001";
    /** Refused: the PKCS#11 library does not load or has no such slot. */
    static final String LIBRARY = "BLO-KEY-002";
    /** Refused: the PIN file cannot be read or the token refuses its PIN. */
    static final String LOGIN = "BLO-KEY-003";
    /** Refused: no private key with a certificate under the label. */
    static final String NO_KEY = "BLO-KEY-004";
    /** Refused: the certificate in the token is not the one the registry has for the office. */
    static final String NOT_REGISTERED = "BLO-KEY-005";
    /** Refused: the key in the token is of a type the node cannot use from a token. */
    static final String UNSUPPORTED_KEY = "BLO-KEY-006";
    /** An office's keys are in use from a token. */
    static final String IN_USE = "BLO-KEY-010";

    private TokenLogCodes() {
    }
}
