package org.blohub.hub.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.CheckpointStore;
import org.blohub.hub.audit.StoredCheckpoint;
import org.blohub.hub.registry.NodeAuditKeys;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the audit log's signatures lag behind it, in seconds. An idle node signs no new checkpoint, so these measure
 * waiting work rather than the age of the last signature:
 * <ul>
 * <li>{@value #CHECKPOINT_LAG}: how long the oldest event not yet covered by a signed checkpoint has waited (0 when
 * the latest checkpoint covers the whole log);</li>
 * <li>{@value #COSIGNATURE_WAIT}, per peer node: how long the oldest of this node's checkpoints newer than the last
 * one that peer cosigned has waited (0 when the peer cosigned the latest).</li>
 * </ul>
 */
final class AuditFreshnessGauges implements MeterBinder {

    static final String CHECKPOINT_LAG = "blohub.audit.checkpoint.lag.seconds";
    static final String COSIGNATURE_WAIT = "blohub.audit.cosignature.wait.seconds";

    private static final Logger LOG = LoggerFactory.getLogger(AuditFreshnessGauges.class);
    private static final String OLDEST_CHECKPOINT_NOT_COSIGNED = """
            SELECT MIN(signed_at) FROM audit_checkpoints
            WHERE tree_size > COALESCE((SELECT MAX(tree_size) FROM audit_cosignatures WHERE cosigner = ?), -1)""";

    private final CheckpointStore checkpoints;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final PeerNodes peers;
    private final Clock clock;

    AuditFreshnessGauges(CheckpointStore checkpoints, AuditLog auditLog, DataSource dataSource, PeerNodes peers,
            Clock clock) {
        this.checkpoints = checkpoints;
        this.auditLog = auditLog;
        this.jdbc = JdbcClient.create(dataSource);
        this.peers = peers;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(CHECKPOINT_LAG, this::checkpointLagSeconds)
                .description("seconds the oldest audit event not covered by a signed checkpoint has waited")
                .register(registry);
        for (String peer : peers.linked()) {
            String witness = NodeAuditKeys.witnessKeyName(peers.domain(), peer);
            Gauge.builder(COSIGNATURE_WAIT, () -> cosignatureWaitSeconds(witness))
                    .description("seconds the oldest checkpoint of this node that the peer has not cosigned has waited")
                    .tag("peer", peer).register(registry);
        }
    }

    private double checkpointLagSeconds() {
        try {
            long covered = checkpoints.latest().map(StoredCheckpoint::treeSize).orElse(0L);
            if (auditLog.size() <= covered) {
                return 0;
            }
            return auditLog.read(covered, 1).stream().findFirst()
                    .map(record -> secondsSince(record.event().time())).orElse(0.0);
        } catch (AuditException | StoreException | DataAccessException e) {
            LOG.warn("BLO-MET-004 cannot compare the audit log with its latest checkpoint", e);
            return Double.NaN;
        }
    }

    private double cosignatureWaitSeconds(String witness) {
        try {
            return jdbc.sql(OLDEST_CHECKPOINT_NOT_COSIGNED).param(witness)
                    .query((row, number) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
                    .single()
                    .map(OffsetDateTime::toInstant).map(this::secondsSince).orElse(0.0);
        } catch (DataAccessException e) {
            LOG.warn("BLO-MET-004 cannot read the checkpoints cosigned by {}", witness, e);
            return Double.NaN;
        }
    }

    private double secondsSince(Instant then) {
        return Math.max(0, Duration.between(then, clock.instant()).toMillis() / 1000.0);
    }
}
