package org.blohub.hub.web.oversight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditRecord;

/**
 * One event of a message's timeline, as recorded in one node's audit log.
 *
 * @param receiptKind for a RECEIPT event, the kind of the receipt it recorded (DELIVERED, READ, NEGATIVE)
 * @param reasonCode  why a message or receipt was refused, if it was
 */
record TimelineEntry(long index, Instant time, AuditEventType type, Optional<String> receiptKind,
        Optional<String> reasonCode, String actor, Optional<String> fromOffice, List<String> toOffices) {

    TimelineEntry {
        toOffices = List.copyOf(toOffices);
    }

    static TimelineEntry of(AuditRecord record, Optional<String> receiptKind) {
        var event = record.event();
        return new TimelineEntry(record.index(), event.time(), event.type(), receiptKind, event.reasonCode(),
                event.actor(), event.fromOffice(), event.toOffices());
    }
}
