package org.blohub.hub.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.blohub.hub.store.ContentPurge;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.DuplicateMessageException;
import org.blohub.hub.store.Failure;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.InboundMessage;
import org.blohub.hub.store.MailboxPage;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageHeader;
import org.blohub.hub.store.MessageNotFoundException;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.MessageSummary;
import org.blohub.hub.store.OutboundMessage;
import org.blohub.hub.store.SignatureStatus;
import org.blohub.hub.store.SignerVerification;
import org.blohub.hub.store.StatusTimeline;
import org.blohub.hub.store.StoreException;
import org.blohub.hub.store.StoredMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

final class JdbcMessageStore implements MessageStore {

    private static final String SUMMARY_COLUMNS = """
            m.message_id, m.direction, m.conversation_id, m.in_reply_to, m.from_office, m.kind, m.priority,
            m.handling_code, m.created_at, m.reply_by, m.expires_at, m.status, m.failure_code, m.failure_text,
            m.envelope_sha256, m.envelope_size, m.signer_subject, m.signer_serial, m.signature_status,
            m.stored_at, m.queued_at, m.sent_at, m.delivered_at, m.read_at, m.failed_at, m.content_purged_at,
            m.purge_rule""";

    private static final String IS_RECIPIENT = """
            EXISTS (SELECT 1 FROM message_recipients r WHERE r.message_id = m.message_id
                    AND r.direction = m.direction AND r.office = :office)""";

    private static final String OUTBOX = "m.direction = 'OUTBOUND' AND m.from_office = :office";
    private static final String INBOX = "m.direction = 'INBOUND' AND " + IS_RECIPIENT;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    JdbcMessageStore(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void saveOutbound(OutboundMessage message) {
        save(Direction.OUTBOUND, message.header(), message.envelope(), Optional.empty(), MessageStatus.QUEUED);
    }

    @Override
    public void saveInbound(InboundMessage message) {
        save(Direction.INBOUND, message.header(), message.envelope(), Optional.of(message.signer()),
                MessageStatus.DELIVERED);
    }

    private void save(Direction direction, MessageHeader header, ImmutableBytes envelope,
            Optional<SignerVerification> signer, MessageStatus initialStatus) {
        String id = header.messageId();
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(transaction -> {
                jdbc.sql("INSERT INTO messages (message_id, direction, conversation_id, in_reply_to, from_office, "
                                + "kind, priority, handling_code, created_at, reply_by, expires_at, status, "
                                + "envelope_sha256, envelope_size, signer_subject, signer_serial, signature_status, "
                                + "stored_at, " + timeColumn(initialStatus) + ") "
                                + "VALUES (:id, :direction, :conversation, :inReplyTo, :from, :kind, :priority, "
                                + ":handling, :createdAt, :replyBy, :expiresAt, :status, :sha256, :size, "
                                + ":signerSubject, :signerSerial, :signatureStatus, :now, :now)")
                        .param("id", id)
                        .param("direction", direction.name())
                        .param("conversation", header.conversationId())
                        .param("inReplyTo", header.inReplyTo().orElse(null))
                        .param("from", header.fromOffice())
                        .param("kind", header.kind())
                        .param("priority", header.priority())
                        .param("handling", header.handlingCode())
                        .param("createdAt", SqlTimes.toSql(header.createdAt()))
                        .param("replyBy", SqlTimes.toSql(header.replyBy()))
                        .param("expiresAt", SqlTimes.toSql(header.expiresAt()))
                        .param("status", initialStatus.name())
                        .param("sha256", envelope.sha256Hex())
                        .param("size", envelope.size())
                        .param("signerSubject", signer.map(SignerVerification::certificateSubject).orElse(null))
                        .param("signerSerial", signer.map(SignerVerification::certificateSerial).orElse(null))
                        .param("signatureStatus", signer.map(s -> s.status().name()).orElse(null))
                        .param("now", SqlTimes.toSql(now))
                        .update();
                List<String> recipients = header.toOffices();
                for (int position = 0; position < recipients.size(); position++) {
                    jdbc.sql("INSERT INTO message_recipients (message_id, direction, position, office) "
                                    + "VALUES (?, ?, ?, ?)")
                            .params(id, direction.name(), position, recipients.get(position))
                            .update();
                }
                jdbc.sql("INSERT INTO message_envelopes (message_id, direction, envelope) VALUES (?, ?, ?)")
                        .params(id, direction.name(), envelope.toByteArray())
                        .update();
            });
        } catch (DuplicateKeyException e) {
            throw new DuplicateMessageException(id, direction, e);
        } catch (DataAccessException e) {
            throw new StoreException("cannot store " + direction + " message " + id, e);
        }
    }

    @Override
    public void markHandedToBroker(String messageId) {
        try {
            int changed = jdbc.sql("UPDATE messages SET handed_to_broker = TRUE "
                            + "WHERE message_id = ? AND direction = 'OUTBOUND'")
                    .params(messageId)
                    .update();
            if (changed == 0) {
                throw new MessageNotFoundException(messageId, Direction.OUTBOUND);
            }
        } catch (DataAccessException e) {
            throw new StoreException("cannot mark OUTBOUND message " + messageId + " handed to the broker", e);
        }
    }

    @Override
    public List<StoredMessage> notHandedToBroker(Instant storedBefore, int limit) {
        try {
            List<String> ids = jdbc.sql("SELECT message_id FROM messages WHERE handed_to_broker = FALSE "
                            + "AND direction = 'OUTBOUND' AND status = 'QUEUED' AND content_purged_at IS NULL "
                            + "AND stored_at < :before "
                            + "ORDER BY stored_at, message_id LIMIT :limit")
                    .param("before", SqlTimes.toSql(storedBefore))
                    .param("limit", limit)
                    .query(String.class)
                    .list();
            return ids.stream().flatMap(id -> find(id, Direction.OUTBOUND).stream()).toList();
        } catch (DataAccessException e) {
            throw new StoreException("cannot list outbound messages not handed to the broker", e);
        }
    }

    @Override
    public boolean advance(String messageId, Direction direction, MessageStatus next) {
        if (next == MessageStatus.QUEUED || next == MessageStatus.FAILED) {
            throw new IllegalArgumentException("advance moves to SENT, DELIVERED or READ, not " + next);
        }
        return changeStatus(messageId, direction, next, Optional.empty());
    }

    @Override
    public boolean fail(String messageId, Direction direction, Failure failure) {
        return changeStatus(messageId, direction, MessageStatus.FAILED, Optional.of(failure));
    }

    /** One conditional UPDATE, so concurrent changes cannot move a message backwards. */
    private boolean changeStatus(String messageId, Direction direction, MessageStatus next,
            Optional<Failure> failure) {
        List<String> allowedFrom = Arrays.stream(MessageStatus.values())
                .filter(status -> status.canMoveTo(next))
                .map(Enum::name)
                .toList();
        try {
            int changed = jdbc.sql("UPDATE messages SET status = :next, " + timeColumn(next) + " = :now, "
                            + "failure_code = :failureCode, failure_text = :failureText "
                            + "WHERE message_id = :id AND direction = :direction AND status IN (:allowedFrom)")
                    .param("next", next.name())
                    .param("now", SqlTimes.toSql(clock.instant()))
                    .param("failureCode", failure.map(Failure::reasonCode).orElse(null))
                    .param("failureText", failure.map(Failure::reasonText).orElse(null))
                    .param("id", messageId)
                    .param("direction", direction.name())
                    .param("allowedFrom", allowedFrom)
                    .update();
            if (changed == 0 && !exists(messageId, direction)) {
                throw new MessageNotFoundException(messageId, direction);
            }
            return changed == 1;
        } catch (DataAccessException e) {
            throw new StoreException("cannot move " + direction + " message " + messageId + " to " + next, e);
        }
    }

    private boolean exists(String messageId, Direction direction) {
        return jdbc.sql("SELECT COUNT(*) FROM messages WHERE message_id = ? AND direction = ?")
                .params(messageId, direction.name())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public Optional<StoredMessage> find(String messageId, Direction direction) {
        return findOne("m.message_id = :id AND m.direction = :direction",
                Map.of("id", messageId, "direction", direction.name()));
    }

    @Override
    public Optional<StoredMessage> findInOutbox(String office, String messageId) {
        return findOne("m.message_id = :id AND " + OUTBOX, Map.of("id", messageId, "office", office));
    }

    @Override
    public Optional<StoredMessage> findInInbox(String office, String messageId) {
        return findOne("m.message_id = :id AND " + INBOX, Map.of("id", messageId, "office", office));
    }

    /** A purged message has no envelope row any more: it is found all the same, without its envelope. */
    private Optional<StoredMessage> findOne(String condition, Map<String, Object> params) {
        try {
            List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", e.envelope FROM messages m "
                            + "LEFT JOIN message_envelopes e "
                            + "ON e.message_id = m.message_id AND e.direction = m.direction "
                            + "WHERE " + condition)
                    .params(params)
                    .query((resultSet, rowNumber) -> Row.withEnvelope(resultSet))
                    .list();
            return withRecipients(rows).stream()
                    .findFirst()
                    .map(summary -> new StoredMessage(summary, rows.get(0).envelope()));
        } catch (DataAccessException e) {
            throw new StoreException("cannot read message " + params.get("id"), e);
        }
    }

    @Override
    public MailboxPage outbox(MailboxQuery query) {
        return page(OUTBOX, query);
    }

    @Override
    public MailboxPage inbox(MailboxQuery query) {
        return page(INBOX, query);
    }

    private MailboxPage page(String mailbox, MailboxQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("office", query.office());
        String condition = mailbox;
        if (!query.statuses().isEmpty()) {
            condition += " AND m.status IN (:statuses)";
            params.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        try {
            long total = jdbc.sql("SELECT COUNT(*) FROM messages m WHERE " + condition)
                    .params(params)
                    .query(Long.class)
                    .single();
            params.put("limit", query.limit());
            params.put("offset", query.offset());
            List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM messages m WHERE " + condition
                            + " ORDER BY m.stored_at DESC, m.message_id DESC LIMIT :limit OFFSET :offset")
                    .params(params)
                    .query((resultSet, rowNumber) -> Row.of(resultSet))
                    .list();
            return new MailboxPage(withRecipients(rows), total, query.offset(), query.limit());
        } catch (DataAccessException e) {
            throw new StoreException("cannot list the mailbox of office " + query.office(), e);
        }
    }

    @Override
    public List<MessageSummary> conversation(String office, String conversationId) {
        try {
            List<Row> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM messages m "
                            + "WHERE m.conversation_id = :conversation AND ((" + OUTBOX + ") OR (" + INBOX + ")) "
                            + "ORDER BY m.created_at, m.message_id, m.direction")
                    .param("conversation", conversationId)
                    .param("office", office)
                    .query((resultSet, rowNumber) -> Row.of(resultSet))
                    .list();
            return withRecipients(rows);
        } catch (DataAccessException e) {
            throw new StoreException("cannot read conversation " + conversationId + " of office " + office, e);
        }
    }

    private List<MessageSummary> withRecipients(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> recipients = recipientsOf(rows.stream().map(Row::messageId).distinct().toList());
        List<MessageSummary> summaries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> offices = recipients.getOrDefault(key(row.messageId(), row.direction()), List.of());
            summaries.add(row.toSummary(offices));
        }
        return summaries;
    }

    private Map<String, List<String>> recipientsOf(Collection<String> messageIds) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        jdbc.sql("SELECT message_id, direction, office FROM message_recipients WHERE message_id IN (:ids) "
                        + "ORDER BY message_id, direction, position")
                .param("ids", messageIds)
                .query(resultSet -> {
                    byMessage.computeIfAbsent(
                                    key(resultSet.getString("message_id"),
                                            Direction.valueOf(resultSet.getString("direction"))),
                                    k -> new ArrayList<>())
                            .add(resultSet.getString("office"));
                });
        return byMessage;
    }

    private static String key(String messageId, Direction direction) {
        return messageId + "/" + direction;
    }

    private static String timeColumn(MessageStatus status) {
        return switch (status) {
            case QUEUED -> "queued_at";
            case SENT -> "sent_at";
            case DELIVERED -> "delivered_at";
            case READ -> "read_at";
            case FAILED -> "failed_at";
        };
    }

    /** A messages row before its recipients are attached. */
    private record Row(
            String messageId,
            Direction direction,
            String conversationId,
            Optional<String> inReplyTo,
            String fromOffice,
            String kind,
            String priority,
            String handlingCode,
            Instant createdAt,
            Optional<Instant> replyBy,
            Optional<Instant> expiresAt,
            MessageStatus status,
            Optional<Failure> failure,
            StatusTimeline timeline,
            String envelopeSha256,
            long envelopeSize,
            Optional<SignerVerification> signer,
            Optional<ContentPurge> purge,
            Optional<ImmutableBytes> envelope) {

        static Row of(ResultSet row) throws SQLException {
            return read(row, Optional.empty());
        }

        static Row withEnvelope(ResultSet row) throws SQLException {
            return read(row, Optional.ofNullable(row.getBytes("envelope")).map(ImmutableBytes::copyOf));
        }

        private static Row read(ResultSet row, Optional<ImmutableBytes> envelope) throws SQLException {
            Map<MessageStatus, Instant> reachedAt = new EnumMap<>(MessageStatus.class);
            for (MessageStatus status : MessageStatus.values()) {
                SqlTimes.optionalInstant(row, timeColumn(status)).ifPresent(time -> reachedAt.put(status, time));
            }
            String failureCode = row.getString("failure_code");
            String signatureStatus = row.getString("signature_status");
            String purgeRule = row.getString("purge_rule");
            return new Row(
                    row.getString("message_id"),
                    Direction.valueOf(row.getString("direction")),
                    row.getString("conversation_id"),
                    Optional.ofNullable(row.getString("in_reply_to")),
                    row.getString("from_office"),
                    row.getString("kind"),
                    row.getString("priority"),
                    row.getString("handling_code"),
                    SqlTimes.instant(row, "created_at"),
                    SqlTimes.optionalInstant(row, "reply_by"),
                    SqlTimes.optionalInstant(row, "expires_at"),
                    MessageStatus.valueOf(row.getString("status")),
                    failureCode == null
                            ? Optional.empty()
                            : Optional.of(new Failure(failureCode, row.getString("failure_text"))),
                    new StatusTimeline(SqlTimes.instant(row, "stored_at"), reachedAt),
                    row.getString("envelope_sha256"),
                    row.getLong("envelope_size"),
                    signatureStatus == null
                            ? Optional.empty()
                            : Optional.of(new SignerVerification(row.getString("signer_subject"),
                                    row.getString("signer_serial"), SignatureStatus.valueOf(signatureStatus))),
                    SqlTimes.optionalInstant(row, "content_purged_at")
                            .map(purgedAt -> new ContentPurge(purgedAt, purgeRule)),
                    envelope);
        }

        MessageSummary toSummary(List<String> toOffices) {
            MessageHeader header = new MessageHeader(messageId, conversationId, inReplyTo, fromOffice, toOffices,
                    kind, priority, handlingCode, createdAt, replyBy, expiresAt);
            return new MessageSummary(direction, header, status, failure, timeline, envelopeSha256, envelopeSize,
                    signer, purge);
        }
    }
}
