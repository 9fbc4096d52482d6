package org.blohub.hub.store.jdbc;

import javax.sql.DataSource;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.hub.audit.AuditLeafEncoder;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditLogGrowth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log and its Merkle tree hashes over one DataSource, for code that runs outside the Spring
 * context (the offline tools and the audit tests); {@link JdbcStoreConfiguration} wires the same classes.
 */
public final class JdbcAuditStorage {

    private JdbcAuditStorage() {
    }

    /** An audit log whose appends run in their own transaction unless the caller's is active. */
    public static AuditLog auditLog(DataSource dataSource, AuditLeafEncoder leafEncoder) {
        return auditLog(dataSource, new TransactionTemplate(new JdbcTransactionManager(dataSource)), leafEncoder);
    }

    public static AuditLog auditLog(DataSource dataSource, TransactionOperations transactions,
            AuditLeafEncoder leafEncoder) {
        return new JdbcAuditLog(JdbcClient.create(dataSource), transactions, leafEncoder);
    }

    /** An audit log that tells {@code growth} after each committed append. */
    public static AuditLog auditLog(DataSource dataSource, AuditLeafEncoder leafEncoder, AuditLogGrowth growth) {
        return new JdbcAuditLog(JdbcClient.create(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), leafEncoder, growth);
    }

    /** Read access to the stored perfect-subtree hashes; only the audit log appends to them. */
    public static TreeHashStore treeHashes(DataSource dataSource) {
        return new ReadOnlyTreeHashStore(new JdbcTreeHashStore(JdbcClient.create(dataSource)));
    }
}
