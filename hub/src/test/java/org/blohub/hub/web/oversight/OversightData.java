package org.blohub.hub.web.oversight;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.CanonicalAuditLeafEncoder;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.jdbc.JdbcAuditStorage;
import org.blohub.hub.store.jdbc.StoreSchema;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node database with the store schema and rows as the pipeline writes them (Mae Sai and Chiang Khong on the Thai
 * node, Tachileik and Houayxay across the border), written with plain SQL so the read models are tested against
 * the tables themselves.
 */
final class OversightData {

    static final String MAE_SAI = "TH-MAESAI";
    static final String CHIANG_KHONG = "TH-CHIANGKHONG";
    static final String TACHILEIK = "MM-TACHILEIK";
    static final String HOUAYXAY = "LA-HOUAYXAY";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final DataSource dataSource;
    final JdbcClient jdbc;
    final AuditLog auditLog;

    OversightData(DataSource dataSource) {
        StoreSchema.migrate(dataSource);
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.auditLog = JdbcAuditStorage.auditLog(dataSource, new CanonicalAuditLeafEncoder());
    }

    static String newId() {
        return String.format("01JQ8Z%020d", SEQUENCE.incrementAndGet());
    }

    /** Stores a message row with its recipients; {@code deliveredAt} set means the DELIVERED receipt came back. */
    String message(String direction, String from, List<String> to, Instant createdAt, String status,
            Optional<Instant> deliveredAt) {
        String id = newId();
        return message(id, direction, from, to, createdAt, status, deliveredAt);
    }

    String message(String id, String direction, String from, List<String> to, Instant createdAt, String status,
            Optional<Instant> deliveredAt) {
        jdbc.sql("""
                INSERT INTO messages (message_id, direction, conversation_id, from_office, kind, priority,
                    handling_code, created_at, status, envelope_sha256, envelope_size, stored_at, queued_at,
                    delivered_at, handed_to_broker)
                VALUES (?, ?, ?, ?, 'REQUEST', 'FLASH', 'H2', ?, ?, ?, 1, ?, ?, ?, TRUE)""")
                .params(id, direction, "conv-" + id, from, sql(createdAt), status, "0".repeat(64), sql(createdAt),
                        sql(createdAt), deliveredAt.map(OversightData::sql).orElse(null))
                .update();
        for (int i = 0; i < to.size(); i++) {
            jdbc.sql("INSERT INTO message_recipients (message_id, direction, position, office) VALUES (?, ?, ?, ?)")
                    .params(id, direction, i, to.get(i)).update();
        }
        return id;
    }

    long refusal(String reasonCode, Instant at) {
        return auditLog.append(new AuditEvent(at, AuditEventType.REJECTED, Optional.of(newId()), Optional.empty(),
                Optional.of(TACHILEIK), List.of(MAE_SAI), "node", Optional.empty(), Optional.of(reasonCode)));
    }

    static AuditEvent event(AuditEventType type, String messageId, Instant at, Optional<String> envelopeSha256) {
        return new AuditEvent(at, type, Optional.of(messageId), Optional.of("conv-" + messageId), Optional.of(MAE_SAI),
                List.of(TACHILEIK), "node", envelopeSha256, Optional.empty());
    }

    static ImmutableBytes bytes(String text) {
        return ImmutableBytes.copyOf(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
