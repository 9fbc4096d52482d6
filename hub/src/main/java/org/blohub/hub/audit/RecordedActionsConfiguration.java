package org.blohub.hub.audit;

import java.time.Clock;
import java.time.Duration;

import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.AddressThrottle;
import org.blohub.hub.security.CallerDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Actions outside the message flow that the audit log records: logins, blocked client addresses, the node's start
 * and stop, caller changes.
 */
@Configuration(proxyBeanMethods = false)
public class RecordedActionsConfiguration {

    @Bean
    LoginAudit loginAudit(AuditLog auditLog, PlatformTransactionManager transactions, CallerDirectory callers,
            @Value("${blo.audit.login-window:30m}") Duration loginWindow, Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new LoginAudit(auditLog, ownTransaction, callers, new LoginWindow(loginWindow), clock);
    }

    @Bean
    AddressBlockRecorder addressBlockRecorder(AddressThrottle throttle, AuditLog auditLog,
            PlatformTransactionManager transactions, Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new AddressBlockRecorder(throttle, auditLog, ownTransaction, clock);
    }

    @Bean
    AccountLockoutRecorder accountLockoutRecorder(AccountLockout lockout, CallerDirectory callers, AuditLog auditLog,
            PlatformTransactionManager transactions, Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new AccountLockoutRecorder(lockout, callers, auditLog, ownTransaction, clock);
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
