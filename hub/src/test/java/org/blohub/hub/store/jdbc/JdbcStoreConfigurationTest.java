package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.hub.store.jdbc.SampleTraffic.event;
import static org.blohub.hub.store.jdbc.SampleTraffic.maeSaiAsksTachileik;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.CanonicalAuditLeafEncoder;
import org.blohub.hub.audit.AuditLeafEncoder;
import org.blohub.hub.audit.AuditLog;
import org.blohub.hub.audit.AuditRecord;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stores as a Spring Boot node wires them: Boot's DataSource and Flyway, the vendor migration
 * folder chosen by {@link JdbcStoreConfiguration}, and a {@code @Transactional} service whose status
 * change and audit event commit or roll back together.
 */
@SpringBootTest(classes = JdbcStoreConfigurationTest.StoreOnlyNode.class)
class JdbcStoreConfigurationTest {

    private static final Instant TIME = Instant.parse("2026-03-14T08:30:00Z");

    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
            FlywayAutoConfiguration.class})
    @Import(JdbcStoreConfiguration.class)
    // not a @Configuration: the node application's component scan must not pick it up in the ITs
    static class StoreOnlyNode {

        @Bean
        AuditLeafEncoder auditLeafEncoder() {
            return new CanonicalAuditLeafEncoder();
        }

        @Bean
        SendingStep sendingStep(MessageStore messages, AuditLog auditLog) {
            return new SendingStep(messages, auditLog);
        }
    }

    /** A pipeline step as the hub will have them: state change and audit event in one transaction. */
    static class SendingStep {

        private final MessageStore messages;
        private final AuditLog auditLog;

        SendingStep(MessageStore messages, AuditLog auditLog) {
            this.messages = messages;
            this.auditLog = auditLog;
        }

        @Transactional
        public void submit(OutboundMessage message) {
            messages.saveOutbound(message);
            auditLog.append(event(AuditEventType.SUBMITTED, message.header().messageId(),
                    message.header().conversationId(), "officer:th-maesai-duty", TIME));
        }

        @Transactional
        public void markSent(OutboundMessage message, boolean brokerRefuses) {
            messages.advance(message.header().messageId(), Direction.OUTBOUND, MessageStatus.SENT);
            auditLog.append(event(AuditEventType.SENT, message.header().messageId(),
                    message.header().conversationId(), "node:TH", TIME));
            if (brokerRefuses) {
                throw new BrokerRefusedException();
            }
        }
    }

    static class BrokerRefusedException extends RuntimeException {
        BrokerRefusedException() {
            super("the outbound queue refused the message");
        }
    }

    @DynamicPropertySource
    static void nodeDatabaseInATemporaryDataDirectory(DynamicPropertyRegistry properties) throws IOException {
        Path data = Files.createTempDirectory("blohub-store-node");
        properties.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("TH").toAbsolutePath() + "/hub;MODE=PostgreSQL;WRITE_DELAY=0");
        properties.add("spring.datasource.username", () -> "sa");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SendingStep sendingStep;

    @Autowired
    MessageStore messages;

    @Autowired
    AuditLog auditLog;

    @Test
    void bootMigratesTheNodeDatabaseWithTheCommonAndTheH2Migrations() {
        List<String> scripts = jdbc.sql("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' "
                        + "ORDER BY \"installed_rank\"")
                .query(String.class)
                .list();

        assertThat(scripts).containsExactly("V1__messages_receipts_quarantine_audit.sql",
                "V2__audit_events_append_only.sql", "V3__audit_checkpoints.sql",
                "V4__outbox_handed_to_broker.sql", "V5_1__audit_logins_and_admin_actions.sql",
                "V6__submission_keys_and_adapter_exports.sql", "V7__name_search_keys.sql", "V20__liaison_overdue.sql",
                "V21__content_retention.sql", "V22__airgap_bundles.sql", "V23__onward_sharing.sql", "V24__role_leases.sql");
        assertThat(jdbc.sql("SELECT EVENT_MANIPULATION FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_NAME = "
                        + "'AUDIT_EVENTS_NO_UPDATE_OR_DELETE'").query(String.class).list())
                .containsExactlyInAnyOrder("UPDATE", "DELETE");
    }

    @Test
    void aTransactionalStepCommitsItsStatusChangeAndAuditEventOrNeither() {
        OutboundMessage request = maeSaiAsksTachileik(TIME);
        String id = request.header().messageId();
        sendingStep.submit(request);
        long sizeAfterSubmit = auditLog.size();

        assertThatThrownBy(() -> sendingStep.markSent(request, true)).isInstanceOf(BrokerRefusedException.class);

        assertThat(messages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                .isEqualTo(MessageStatus.QUEUED);
        assertThat(auditLog.size()).isEqualTo(sizeAfterSubmit);

        sendingStep.markSent(request, false);

        assertThat(messages.find(id, Direction.OUTBOUND).orElseThrow().summary().status())
                .isEqualTo(MessageStatus.SENT);
        assertThat(auditLog.forMessage(id)).extracting(AuditRecord::index)
                .containsExactly(sizeAfterSubmit - 1, sizeAfterSubmit);
        assertThat(auditLog.forMessage(id)).extracting(record -> record.event().type())
                .containsExactly(AuditEventType.SUBMITTED, AuditEventType.SENT);
    }

    @Test
    void theNodeDatabaseRefusesToRewriteTheAuditTrail() {
        sendingStep.submit(maeSaiAsksTachileik(TIME));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_events SET actor = 'nobody'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }
}
