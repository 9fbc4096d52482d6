package org.blohub.hub.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.liaison.OverdueReason;
import org.blohub.hub.store.ContentPurge;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageSummary;

/**
 * One message in a mailbox listing: routing header and status, never content; for a sent REQUEST in the outbox, why
 * it is overdue ({@code UNREAD}, {@code UNANSWERED}) until a response closes it; once the retention job purged its
 * content, when and under which rule.
 */
public record MessageView(
        String messageId,
        String direction,
        String conversationId,
        Optional<String> inReplyTo,
        String from,
        List<String> to,
        String kind,
        String priority,
        String handlingCode,
        Instant createdAt,
        Optional<Instant> replyBy,
        MessageStatus status,
        Optional<String> failureCode,
        Optional<String> failureReason,
        Map<MessageStatus, Instant> statusTimes,
        long envelopeSize,
        List<OverdueReason> overdue,
        Optional<ContentPurge> purged) {

    public MessageView {
        overdue = List.copyOf(overdue);
    }

    static MessageView of(MessageSummary summary) {
        var header = summary.header();
        return new MessageView(header.messageId(), summary.direction().name(), header.conversationId(),
                header.inReplyTo(), header.fromOffice(), header.toOffices(), header.kind(), header.priority(),
                header.handlingCode(), header.createdAt(), header.replyBy(), summary.status(),
                summary.failure().map(f -> f.reasonCode()), summary.failure().map(f -> f.reasonText()),
                summary.timeline().reachedAt(), summary.envelopeSize(), List.of(), summary.purge());
    }

    MessageView overdue(List<OverdueReason> reasons) {
        return new MessageView(messageId, direction, conversationId, inReplyTo, from, to, kind, priority, handlingCode,
                createdAt, replyBy, status, failureCode, failureReason, statusTimes, envelopeSize, reasons,
                purged);
    }
}
