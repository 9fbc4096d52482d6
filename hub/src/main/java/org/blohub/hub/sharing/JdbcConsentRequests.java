package org.blohub.hub.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.blohub.hub.store.ImmutableBytes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ConsentRequests} in table {@code consent_requests}. */
final class JdbcConsentRequests implements ConsentRequests {

    private static final String COLUMNS = "request_id, message_id, office, requester, targets, envelope, state,"
            + " received_at, decided_by, decided_at, reply_id";

    private final JdbcClient jdbc;

    JdbcConsentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(ConsentRequest request) {
        return jdbc.sql("INSERT INTO consent_requests (request_id, message_id, office, requester, targets, envelope,"
                        + " state, received_at) SELECT :id, :message, :office, :requester, :targets, :envelope, :state, :at"
                        + " WHERE NOT EXISTS (SELECT 1 FROM consent_requests WHERE request_id = :id)")
                .param("id", request.requestId())
                .param("message", request.messageId())
                .param("office", request.office())
                .param("requester", request.requester())
                .param("targets", String.join(",", request.targets()))
                .param("envelope", request.envelope().toByteArray())
                .param("state", request.state().name())
                .param("at", JdbcForwardRequests.toSql(request.receivedAt()))
                .update() == 1;
    }

    @Override
    public Optional<ConsentRequest> find(String office, String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_requests WHERE office = ? AND request_id = ?")
                .params(office, requestId).query(JdbcConsentRequests::row).optional();
    }

    @Override
    public List<ConsentRequest> ofOffice(String office) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_requests WHERE office = ?"
                        + " ORDER BY CASE WHEN state = 'PENDING' THEN 0 ELSE 1 END, received_at DESC, request_id")
                .param(office).query(JdbcConsentRequests::row).list();
    }

    @Override
    public boolean decide(String requestId, ConsentState state, String decidedBy, Instant at, String replyId) {
        return jdbc.sql("UPDATE consent_requests SET state = :state, decided_by = :by, decided_at = :at,"
                        + " reply_id = :reply WHERE request_id = :id AND state = 'PENDING'")
                .param("state", state.name())
                .param("by", decidedBy)
                .param("at", JdbcForwardRequests.toSql(at))
                .param("reply", replyId)
                .param("id", requestId)
                .update() == 1;
    }

    private static ConsentRequest row(ResultSet row, int index) throws SQLException {
        return new ConsentRequest(row.getString("request_id"), row.getString("message_id"), row.getString("office"),
                row.getString("requester"), Arrays.asList(row.getString("targets").split(",")),
                ImmutableBytes.copyOf(row.getBytes("envelope")), ConsentState.valueOf(row.getString("state")),
                JdbcForwardRequests.instant(row, "received_at").orElseThrow(),
                Optional.ofNullable(row.getString("decided_by")), JdbcForwardRequests.instant(row, "decided_at"),
                Optional.ofNullable(row.getString("reply_id")));
    }
}
