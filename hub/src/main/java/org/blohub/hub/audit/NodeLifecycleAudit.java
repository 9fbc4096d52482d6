package org.blohub.hub.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.blohub.hub.node.NodeStartupException;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Records the node's own start and stop as ADMIN events with actor {@code node:<NAME>}: {@value #STARTED} once
 * the node is ready, naming the registry it loaded ({@code registry:<serial>:sha256:<hex of registry.yaml>}), and
 * {@value #STOPPING} when it begins to shut down, before its broker and database close.
 */
final class NodeLifecycleAudit {

    static final String STARTED = "NODE_STARTED";
    static final String STOPPING = "NODE_STOPPING";
    private static final Logger LOG = LoggerFactory.getLogger(NodeLifecycleAudit.class);

    private final AuditLog auditLog;
    private final String actor;
    private final String registry;
    private final Clock clock;

    NodeLifecycleAudit(AuditLog auditLog, String nodeName, long registrySerial, Path registryFile, Clock clock) {
        this.auditLog = auditLog;
        this.actor = "node:" + nodeName;
        this.registry = "registry:" + registrySerial + ":sha256:" + sha256(registryFile);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        auditLog.append(AuditEvent.admin(clock.instant(), actor, STARTED, Optional.of(registry), Optional.empty()));
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        try {
            auditLog.append(AuditEvent.admin(clock.instant(), actor, STOPPING, Optional.empty(), Optional.empty()));
        } catch (StoreException e) {
            LOG.error("BLO-ADM-002 cannot record that node {} is stopping", actor, e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new NodeStartupException("cannot read the registry " + file + " to record its digest", e);
        } catch (NoSuchAlgorithmException e) {
            throw new AuditException("SHA-256 is not available in this JVM", e);
        }
    }
}
