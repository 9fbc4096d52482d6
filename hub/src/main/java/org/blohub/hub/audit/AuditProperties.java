package org.blohub.hub.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit trail's settings ({@code blo.audit.*}).
 *
 * @param checkpointInterval how often the node checks whether its log grew and signs a new checkpoint
 * @param logKeyFile         the node's Ed25519 audit key (signed-note signer key); created on first start;
 *                           default {@code <blo.node.data-dir>/audit/log.key}
 */
@ConfigurationProperties("blo.audit")
public record AuditProperties(Duration checkpointInterval, Path logKeyFile) {

    public AuditProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofSeconds(30) : checkpointInterval;
    }
}
