package org.blohub.hub.audit;

import java.util.Optional;

/** A witness's memory: per peer log, the largest checkpoint it cosigned. */
public interface WitnessedCheckpoints {

    Optional<WitnessedCheckpoint> last(String origin);

    /** Replaces the remembered checkpoint of {@code checkpoint.origin()}. */
    void remember(WitnessedCheckpoint checkpoint);
}
