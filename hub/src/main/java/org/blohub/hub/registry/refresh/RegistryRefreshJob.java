package org.blohub.hub.registry.refresh;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.node.RegistrySerialRecord;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryRefresh;
import org.blohub.hub.registry.RegistryRefreshOutcome;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code blo.registry.refresh} the node looks at the registry file it started from ({@link RegistryRefresh}).
 * A newer valid registry is applied without a restart; any other is refused and the node keeps what it has. Both
 * are logged with a code and recorded as ADMIN audit events with actor {@code node:<NAME>}:
 * {@value #APPLIED_ACTION} (target the applied registry, reason {@code serial OLD -> NEW}) and
 * {@value #REFUSED_ACTION} (target the refused file's digest, reason in short). An applied serial is kept in the
 * {@link RegistrySerialRecord}, so that the node refuses to restart on an older registry.
 */
final class RegistryRefreshJob extends BackgroundJob {

    static final String APPLIED = "BLO-REG-002";
    static final String REFUSED = "BLO-REG-003";
    static final String RESTART_NEEDED = "BLO-REG-004";
    static final String UNREADABLE = "BLO-REG-005";
    static final String NOT_RECORDED = "BLO-REG-006";
    static final String SERIAL_NOT_KEPT = "BLO-REG-007";
    static final String APPLIED_ACTION = "REGISTRY_APPLIED";
    static final String REFUSED_ACTION = "REGISTRY_REFUSED";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRefreshJob.class);

    private final RegistryRefresh refresh;
    private final RegistrySerialRecord serials;
    private final AuditLog auditLog;
    private final String actor;
    private final Clock clock;

    RegistryRefreshJob(RegistryRefresh refresh, RegistrySerialRecord serials, AuditLog auditLog, String nodeName,
            Clock clock, Duration interval) {
        super("registry-refresh", interval, interval);
        this.refresh = refresh;
        this.serials = serials;
        this.auditLog = auditLog;
        this.actor = "node:" + nodeName;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        try {
            refresh.poll().ifPresent(this::report);
        } catch (RegistryException e) {
            LOG.error("{} cannot read the registry files, the node keeps its registry: {}", UNREADABLE, e.getMessage());
        }
    }

    private void report(RegistryRefreshOutcome outcome) {
        if (outcome instanceof RegistryRefreshOutcome.Applied applied) {
            LOG.info("{} registry {} applied without a restart: serial {} -> {}, sha256 {}", APPLIED,
                    refresh.registryFile(), applied.fromSerial(), applied.toSerial(), applied.sha256());
            for (String change : applied.needsRestart()) {
                LOG.warn("{} registry serial {} changes what the node set up at start; takes effect at the next"
                        + " restart: {}", RESTART_NEEDED, applied.toSerial(), change);
            }
            keepSerial(applied.toSerial());
            record(APPLIED_ACTION, "registry:" + applied.toSerial() + ":sha256:" + applied.sha256(),
                    "serial " + applied.fromSerial() + " -> " + applied.toSerial());
        } else if (outcome instanceof RegistryRefreshOutcome.Refused refused) {
            LOG.error("{} registry refused, the node keeps serial {}: {}", REFUSED, refused.keptSerial(),
                    refused.reason());
            record(REFUSED_ACTION, "registry:sha256:" + refused.sha256(), refused.summary());
        }
    }

    private void keepSerial(long serial) {
        try {
            serials.record(serial);
        } catch (IOException e) {
            LOG.error("{} cannot keep serial {} in {}: a restart on an older registry would not be refused: {}",
                    SERIAL_NOT_KEPT, serial, serials.file(), e.getMessage());
        }
    }

    private void record(String action, String target, String reason) {
        try {
            auditLog.append(AuditEvent.admin(clock.instant(), actor, action, Optional.of(target), Optional.of(reason)));
        } catch (StoreException e) {
            LOG.error("{} cannot record {} of {} in the audit log", NOT_RECORDED, action, target, e);
        }
    }
}
