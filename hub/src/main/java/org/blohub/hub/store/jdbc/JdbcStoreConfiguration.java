package org.blohub.hub.store.jdbc;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.blohub.crypto.merkle.TreeHashStore;
import org.blohub.hub.audit.AuditLeafEncoder;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditLogGrowth;
import org.blohub.hub.store.InboundDeduplication;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.QuarantineStore;
import org.blohub.hub.store.ReceiptStore;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC stores over the node's DataSource, and the Flyway locations for its vendor
 * (db/migration/common plus db/migration/h2 or db/migration/postgresql).
 */
@Configuration(proxyBeanMethods = false)
public class JdbcStoreConfiguration {

    @Bean
    FlywayConfigurationCustomizer storeMigrationLocations() {
        return configuration -> configuration.locations(
                DatabaseVendor.of(configuration.getDataSource()).migrationLocations().toArray(String[]::new));
    }

    /** Rewrites sparse chunks of an H2 file database every second; does nothing on other databases. */
    @Bean
    H2ChunkCompaction h2ChunkCompaction(DataSource dataSource) {
        return new H2ChunkCompaction(dataSource, Duration.ofSeconds(1));
    }

    @Bean
    MessageStore messageStore(DataSource dataSource, PlatformTransactionManager transactionManager,
            ObjectProvider<Clock> clock) {
        return new JdbcMessageStore(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ReceiptStore receiptStore(DataSource dataSource) {
        return new JdbcReceiptStore(JdbcClient.create(dataSource));
    }

    @Bean
    QuarantineStore quarantineStore(DataSource dataSource) {
        return new JdbcQuarantineStore(JdbcClient.create(dataSource));
    }

    @Bean
    InboundDeduplication inboundDeduplication(DataSource dataSource, ObjectProvider<Clock> clock) {
        return new JdbcInboundDeduplication(JdbcClient.create(dataSource), clock.getIfAvailable(Clock::systemUTC));
    }

    /** The leaf encoder is the audit trail's ({@code org.blohub.hub.audit.CanonicalAuditLeafEncoder}). */
    @Bean
    AuditLog auditLog(DataSource dataSource, PlatformTransactionManager transactionManager,
            AuditLeafEncoder leafEncoder, ObjectProvider<AuditLogGrowth> growth) {
        // resolved at each commit, not here: the listener (the checkpoint schedule) may be created after the log
        return new JdbcAuditLog(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                leafEncoder, () -> tell(growth));
    }

    private static void tell(ObjectProvider<AuditLogGrowth> growth) {
        try {
            growth.ifAvailable(AuditLogGrowth::grew);
        } catch (BeansException e) {
            // the context is shutting down; the next start signs a checkpoint of what was committed
        }
    }

    @Bean
    TreeHashStore auditTreeHashes(DataSource dataSource) {
        return JdbcAuditStorage.treeHashes(dataSource);
    }
}
