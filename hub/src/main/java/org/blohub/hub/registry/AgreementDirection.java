package org.blohub.hub.registry;

/** Whether an agreement lets only its {@code from} offices send, or both sides. */
public enum AgreementDirection {
    /** Only offices in {@code from} may send to offices in {@code to}. */
    ONE_WAY,
    /** Offices in {@code from} may send to offices in {@code to} and the other way round. */
    BOTH_WAYS
}
