package org.blohub.hub.admin;

import java.time.Clock;

import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.AuditLog;
import org.blohub.hub.store.QuarantineStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrative actions and the node's start and stop, each recorded in the audit log. */
@Configuration(proxyBeanMethods = false)
public class AdminConfiguration {

    @Bean
    QuarantineDiscard quarantineDiscard(QuarantineStore quarantine, AuditLog auditLog, TransactionTemplate transactions,
            Clock clock) {
        return new QuarantineDiscard(quarantine, auditLog, transactions, clock);
    }

    @Bean
    NodeLifecycleAudit nodeLifecycleAudit(AuditLog auditLog, NodeMaterial material, NetworkRegistry registry,
            Clock clock) {
        return new NodeLifecycleAudit(auditLog, material.nodeName(), registry.serial(), material.registry(), clock);
    }

    @Bean
    CallerChangesAudit callerChangesAudit(AuditLog auditLog, NodeMaterial material, Clock clock) {
        return new CallerChangesAudit(auditLog, material.callerChanges(), clock);
    }
}
