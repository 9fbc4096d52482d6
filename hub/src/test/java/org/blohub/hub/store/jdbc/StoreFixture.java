package org.blohub.hub.store.jdbc;

import java.time.Instant;
import javax.sql.DataSource;
import org.blohub.crypto.testing.AdjustableClock;
import org.blohub.hub.audit.CanonicalAuditLeafEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stores of one hub instance over one connection pool, wired as {@link JdbcStoreConfiguration}
 * wires them, with a transaction template playing the part of a {@code @Transactional} service.
 */
final class StoreFixture {

    static final Instant START = Instant.parse("2026-03-14T08:30:00Z");

    final DataSource dataSource;
    final JdbcClient jdbc;
    final TransactionTemplate transactions;
    final AdjustableClock clock;
    final JdbcMessageStore messages;
    final JdbcReceiptStore receipts;
    final JdbcQuarantineStore quarantine;
    final JdbcInboundDeduplication deduplication;
    final JdbcAuditLog auditLog;

    StoreFixture(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.clock = new AdjustableClock(START);
        this.messages = new JdbcMessageStore(jdbc, transactions, clock);
        this.receipts = new JdbcReceiptStore(jdbc);
        this.quarantine = new JdbcQuarantineStore(jdbc);
        this.deduplication = new JdbcInboundDeduplication(jdbc, clock);
        this.auditLog = new JdbcAuditLog(jdbc, transactions, new CanonicalAuditLeafEncoder());
    }
}
