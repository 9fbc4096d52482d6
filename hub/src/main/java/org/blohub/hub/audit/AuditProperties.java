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
 * @param logKeyFile         the node's Ed25519 audit key (signed-note signer key); created on first start;
 *                           default {@code <blo.node.data-dir>/audit/log.key}
 */
@ConfigurationProperties("blo.audit")
public record AuditProperties(Duration checkpointInterval, Duration checkpointDebounce, Duration cosignBackoffMax,
        Path logKeyFile) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(30) : checkpointInterval;
        checkpointDebounce = checkpointDebounce == null ? Duration.ofMillis(500) : checkpointDebounce;
        cosignBackoffMax = cosignBackoffMax == null ? Duration.ofMinutes(15) : cosignBackoffMax;
    }
}
