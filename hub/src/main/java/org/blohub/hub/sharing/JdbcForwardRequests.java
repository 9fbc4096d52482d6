package org.blohub.hub.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ForwardRequests} in table {@code forward_requests}. */
final class JdbcForwardRequests implements ForwardRequests {

    private static final String COLUMNS = "request_id, message_id, office, originator, handling_code, targets, state,"
            + " requested_by, requested_at, request_envelope, reply_id, reply_envelope, decided_at,"
            + " forwarded_message_id, failure_code";

    private final JdbcClient jdbc;

    JdbcForwardRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ForwardRequest request) {
        jdbc.sql("INSERT INTO forward_requests (" + COLUMNS + ") VALUES (:id, :message, :office, :originator,"
                        + " :handling, :targets, :state, :by, :at, :requestEnvelope, NULL, NULL, NULL, :forwarded, NULL)")
                .param("id", request.requestId())
                .param("message", request.messageId())
                .param("office", request.office())
                .param("originator", request.originator())
                .param("handling", request.handlingCode())
                .param("targets", String.join(",", request.targets()))
                .param("state", request.state().name())
                .param("by", request.requestedBy())
                .param("at", toSql(request.requestedAt()))
                .param("requestEnvelope", request.requestEnvelope().map(ImmutableBytes::toByteArray).orElse(null))
                .param("forwarded", request.forwardedMessageId().orElse(null))
                .update();
    }

    @Override
    public Optional<ForwardRequest> find(String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM forward_requests WHERE request_id = ?").param(requestId)
                .query(JdbcForwardRequests::row).optional();
    }

    @Override
    public List<ForwardRequest> ofMessage(String office, String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM forward_requests WHERE office = ? AND message_id = ?"
                        + " ORDER BY requested_at, request_id")
                .params(office, messageId).query(JdbcForwardRequests::row).list();
    }

    @Override
    public boolean answer(String requestId, ForwardState state, String replyId, ImmutableBytes replyEnvelope,
            Instant at) {
        return jdbc.sql("UPDATE forward_requests SET state = :state, reply_id = :reply, reply_envelope = :envelope,"
                        + " decided_at = :at WHERE request_id = :id AND state = 'AWAITING_CONSENT'")
                .param("state", state.name())
                .param("reply", replyId)
                .param("envelope", replyEnvelope.toByteArray())
                .param("at", toSql(at))
                .param("id", requestId)
                .update() == 1;
    }

    @Override
    public void forwarded(String requestId, String forwardedMessageId) {
        jdbc.sql("UPDATE forward_requests SET state = 'FORWARDED', forwarded_message_id = ? WHERE request_id = ?")
                .params(forwardedMessageId, requestId).update();
    }

    @Override
    public void failed(String requestId, String failureCode) {
        jdbc.sql("UPDATE forward_requests SET state = 'FAILED', failure_code = ? WHERE request_id = ?")
                .params(failureCode, requestId).update();
    }

    private static ForwardRequest row(ResultSet row, int index) throws SQLException {
        return new ForwardRequest(row.getString("request_id"), row.getString("message_id"), row.getString("office"),
                row.getString("originator"), row.getString("handling_code"),
                Arrays.asList(row.getString("targets").split(",")), ForwardState.valueOf(row.getString("state")),
                row.getString("requested_by"), instant(row, "requested_at").orElseThrow(),
                bytes(row, "request_envelope"), Optional.ofNullable(row.getString("reply_id")),
                bytes(row, "reply_envelope"), instant(row, "decided_at"),
                Optional.ofNullable(row.getString("forwarded_message_id")),
                Optional.ofNullable(row.getString("failure_code")));
    }

    static Optional<ImmutableBytes> bytes(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getBytes(column)).map(ImmutableBytes::copyOf);
    }

    static OffsetDateTime toSql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
