package org.blohub.hub.pipeline;

import java.util.List;
import java.util.Optional;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits an attachment part this node did not keep as REJECTED: the reason code, the node that delivered it as
 * actor, and the message id it claimed when that id is a ULID. Nothing of the part's content is recorded.
 */
@Component
class RefusedPartRecorder {

    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    RefusedPartRecorder(AuditTrail audit, TransactionTemplate transactions) {
        this.audit = audit;
        this.transactions = transactions;
    }

    void record(PartRefusalReason reason, Optional<String> claimedMessageId, String actor) {
        transactions.executeWithoutResult(status -> audit.append(AuditEventType.REJECTED, claimedMessageId,
                Optional.empty(), Optional.empty(), List.of(), actor, Optional.empty(),
                Optional.of(reason.machineCode())));
    }
}
