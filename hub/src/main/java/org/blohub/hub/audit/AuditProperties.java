package org.blohub.hub.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings ({@code blo.audit.*}).
 *
 * @param checkpointInterval how often the node checks whether its log grew and signs a new checkpoint
 * @param checkpointDebounce how long after an append commits the node signs a checkpoint; appends meanwhile join
 * @param cosignBackoffMax   the longest wait between two offers of a checkpoint to a peer that does not answer
 *                           (the first wait is {@code checkpointInterval}, doubling each time)
 * @param checkpointLease    how long an instance that signed a checkpoint stays the node's only signer without
 *                           renewing that role; default three checkpoint intervals. With several hub instances on
 *                           one database, another instance signs once the signer has let this time pass
 * @param logKeyFile         the node's Ed25519 audit key (signed-note signer key); created on first start;
 *                           default {@code <blo.node.data-dir>/audit/log.key}
 */
@ConfigurationProperties("blo.audit")
public record AuditProperties(Duration checkpointInterval, Duration checkpointDebounce, Duration cosignBackoffMax,
        Duration checkpointLease, Path logKeyFile) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(30) : checkpointInterval;
        checkpointDebounce = checkpointDebounce == null ? Duration.ofMillis(500) : checkpointDebounce;
        cosignBackoffMax = cosignBackoffMax == null ? Duration.ofMinutes(15) : cosignBackoffMax;
        checkpointLease = checkpointLease == null ? checkpointInterval.multipliedBy(3) : checkpointLease;
        if (checkpointLease.compareTo(checkpointInterval) <= 0) {
            throw new AuditException("blo.audit.checkpoint-lease (" + checkpointLease + ") must be longer than "
                    + "blo.audit.checkpoint-interval (" + checkpointInterval + "), or the signer loses its role "
                    + "between two checkpoints");
        }
    }
}
