package org.blohub.hub.node;

/**
 * A role that one hub instance of a node holds at a time, such as signing the audit checkpoints, when several
 * instances share one database (docs/scale-out.md).
 */
public interface RoleLease {

    /**
     * Renews the role if this instance holds it, or takes it if no instance holds it any more.
     *
     * @return whether this instance holds the role now, for at least one lease term; false also when the lease
     *         cannot be read, so the caller leaves the role's work for a later attempt
     */
    boolean claim();

    /** Gives the role up, if this instance holds it, so that another instance can take it at its next claim. */
    void release();
}
