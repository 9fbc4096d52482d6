package org.blohub.hub.web.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.blohub.hub.audit.AuditEvent;
import org.blohub.hub.audit.AuditEventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class ConversationMessagesTest {

    private static final Instant SENT = Instant.parse("2026-03-14T08:30:00Z");

    private SingleConnectionDataSource dataSource;
    private OversightData data;

    @BeforeEach
    void freshDatabase() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:" + OversightData.newId()
                + ";MODE=PostgreSQL;WRITE_DELAY=0", "sa", "", true);
        data = new OversightData(dataSource);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.destroy();
    }

    private void event(AuditEventType type, String messageId, String conversationId, String from, Instant at) {
        data.auditLog.append(new AuditEvent(at, type, Optional.of(messageId), Optional.of(conversationId),
                Optional.of(from), List.of(), "node", Optional.empty(), Optional.empty()));
    }

    @Test
    void listsTheRequestAndItsReplyInTheOrderTheyFirstAppearedAndNothingOfOtherConversations() {
        String request = OversightData.newId();
        String reply = OversightData.newId();
        String unrelated = OversightData.newId();
        event(AuditEventType.SUBMITTED, request, "conv-1", OversightData.MAE_SAI, SENT);
        event(AuditEventType.SUBMITTED, unrelated, "conv-2", OversightData.MAE_SAI, SENT.plusSeconds(1));
        event(AuditEventType.RECEIPT, request, "conv-1", OversightData.HOUAYXAY, SENT.plusSeconds(5));
        event(AuditEventType.RECEIVED, reply, "conv-1", OversightData.HOUAYXAY, SENT.plusSeconds(9));

        List<ConversationMessages.ConversationMessage> conversation = new ConversationMessages(data.auditLog)
                .of(reply);

        assertThat(conversation).extracting(ConversationMessages.ConversationMessage::messageId)
                .containsExactly(request, reply);
        assertThat(conversation.get(0).firstEvent()).isEqualTo(SENT);
        assertThat(conversation.get(1).fromOffice()).contains(OversightData.HOUAYXAY);
    }

    @Test
    void aMessageWithoutConversationIdHasNoConversationList() {
        String id = OversightData.newId();
        data.auditLog.append(new AuditEvent(SENT, AuditEventType.REJECTED, Optional.of(id), Optional.empty(),
                Optional.of(OversightData.TACHILEIK), List.of(), "node", Optional.empty(), Optional.of("BAD")));

        assertThat(new ConversationMessages(data.auditLog).of(id)).isEmpty();
    }
}
