package org.blohub.hub.liaison;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.blohub.hub.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The deadline store and the job that marks requests overdue. */
@Configuration(proxyBeanMethods = false)
class LiaisonConfiguration {

    @Bean
    DeadlineStore deadlineStore(DataSource dataSource) {
        return new JdbcDeadlineStore(JdbcClient.create(dataSource));
    }

    @Bean
    OverdueJob overdueJob(DeadlineStore deadlines, OverdueRule rule, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${blo.liaison.overdue-scan:30s}") Duration interval) {
        return new OverdueJob(deadlines, rule, audit, new TransactionTemplate(transactions), clock, interval);
    }
}
