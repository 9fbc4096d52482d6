package org.blohub.hub.retention;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.AttachmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The retention rules of this node and the job that purges content past them (docs/workflow.md, "Retention"). */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    RetentionRules retentionRules(Environment environment) {
        return RetentionRules.from(environment);
    }

    @Bean
    PurgeJob retentionPurgeJob(RetentionRules rules, DataSource dataSource, AttachmentStore attachments,
            AuditLog audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${blo.retention.purge-scan:1h}") Duration interval) {
        return new PurgeJob(rules, new JdbcContentPurges(JdbcClient.create(dataSource)), attachments, audit,
                new TransactionTemplate(transactions), clock, interval);
    }
}
