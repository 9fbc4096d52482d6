package org.blohub.hub.admin;

import java.time.Clock;

import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.store.QuarantineStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrative actions, each recorded in the audit log. */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    QuarantineDiscard quarantineDiscard(QuarantineStore quarantine, AuditLog auditLog, TransactionTemplate transactions,
            Clock clock) {
        return new QuarantineDiscard(quarantine, auditLog, transactions, clock);
    }
}
