package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.hub.audit.LogAuditResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * LA runs on PostgreSQL 17 (embedded binaries), configured only through {@code spring.datasource.*}, while TH
 * keeps its H2 file. A TH -> LA exchange with signed receipts and a READ, and an LA -> TH message, leave their
 * rows in LA's PostgreSQL database, read here with plain SQL, and LA's audit log there verifies against its
 * signed checkpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresNodeIT {

    private static final String DATABASE = "blohub_la";

    @TempDir
    static Path directory;

    private EmbeddedPostgres postgres;
    private TwoNodes nodes;
    private JdbcClient laDatabase;

    @BeforeAll
    void startNodes() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + DATABASE).update();
        DataSource laDataSource = postgres.getDatabase("postgres", DATABASE);
        laDatabase = JdbcClient.create(laDataSource);
        nodes = new TwoNodes(directory, TwoNodes.Variant.PLAIN.laOnly(Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "blo.audit.checkpoint-interval", "500ms"))).start();
    }

    @AfterAll
    void stopNodes() throws IOException {
        if (nodes != null) {
            nodes.close();
        }
        postgres.close();
    }

    @Test
    void laRunsOnThePostgresDatabaseMigratedByFlyway() throws Exception {
        try (Connection connection = nodes.la.getBean(DataSource.class).getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getCatalog()).isEqualTo(DATABASE);
        }
        assertThat(laDatabase.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class).list()).containsExactly("1", "2", "3", "4", "5.1", "6", "7", "20", "21", "22", "23", "24");
        assertThat(laDatabase.sql("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass")
                .query(String.class).list())
                .contains("audit_events_no_update_or_delete", "audit_events_no_truncate");
    }

    @Test
    void aDeliveredAndReadRequestLeavesItsRowsInPostgres() {
        String id = nodes.submitThToLa("Pickup seen at Houayxay");
        awaitOutboxStatus(nodes.th, "TH-CHIANGKHONG", id, "DELIVERED");
        assertThat(nodes.asOfficer(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages/" + id + "/read", null).status())
                .isEqualTo(200);
        awaitOutboxStatus(nodes.th, "TH-CHIANGKHONG", id, "READ");

        Map<String, Object> inbound = laDatabase.sql("SELECT status, from_office, signature_status, read_at, "
                        + "envelope_sha256 FROM messages WHERE message_id = ? AND direction = 'INBOUND'")
                .param(id).query().singleRow();
        assertThat(inbound).containsEntry("status", "READ").containsEntry("from_office", "TH-CHIANGKHONG")
                .containsEntry("signature_status", "VALID");
        assertThat(inbound.get("read_at")).isNotNull();
        assertThat(laDatabase.sql("SELECT encode(sha256(envelope), 'hex') FROM message_envelopes "
                + "WHERE message_id = ? AND direction = 'INBOUND'").param(id).query(String.class).single())
                .isEqualTo(inbound.get("envelope_sha256"));
        assertThat(laDatabase.sql("SELECT office FROM message_recipients WHERE message_id = ? AND direction = 'INBOUND'")
                .param(id).query(String.class).list()).containsExactly("LA-HOUAYXAY");
        assertThat(laDatabase.sql("SELECT COUNT(*) FROM inbound_message_ids WHERE message_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(laDatabase.sql("SELECT event_type FROM audit_events WHERE message_id = ? ORDER BY seq").param(id)
                .query(String.class).list())
                .containsExactly("RECEIVED", "DELIVERED", "RECEIPT", "READ", "RECEIPT");
        assertThat(laDatabase.sql("SELECT actor FROM audit_events WHERE message_id = ? AND event_type = 'RECEIVED'")
                .param(id).query(String.class).single()).isEqualTo("peer:TH");
    }

    @Test
    void aMessageFromLaIsStoredSentAndItsSignedReceiptRecordedInPostgres() {
        TwoNodes.Response submitted = nodes.asSystem(nodes.la, "LA-HOUAYXAY", "POST", "/api/messages",
                TwoNodes.request("TH-CHIANGKHONG", "H1", "Answer from Houayxay"));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("messageId").asString();
        awaitOutboxStatus(nodes.la, "LA-HOUAYXAY", id, "DELIVERED");

        assertThat(laDatabase.sql("SELECT status FROM messages WHERE message_id = ? AND direction = 'OUTBOUND'")
                .param(id).query(String.class).single()).isEqualTo("DELIVERED");
        Map<String, Object> receipt = laDatabase.sql("SELECT kind, from_office, verified, OCTET_LENGTH(envelope) AS size"
                + " FROM receipts WHERE message_id = ?").param(id).query().singleRow();
        assertThat(receipt).containsEntry("kind", "DELIVERED").containsEntry("from_office", "TH-CHIANGKHONG")
                .containsEntry("verified", true);
        assertThat((Integer) receipt.get("size")).isPositive();
        assertThat(laDatabase.sql("SELECT event_type FROM audit_events WHERE message_id = ? ORDER BY seq").param(id)
                .query(String.class).list()).startsWith("SUBMITTED").contains("SENT", "RECEIPT");
    }

    @Test
    void laAuditLogInPostgresVerifiesAgainstItsSignedCheckpointAndRefusesChanges() throws Exception {
        String id = nodes.submitThToLa("Audit on PostgreSQL");
        awaitOutboxStatus(nodes.th, "TH-CHIANGKHONG", id, "DELIVERED");
        long events = laDatabase.sql("SELECT COUNT(*) FROM audit_events").query(Long.class).single();

        LogAuditResult result = new StoredAuditLog(laDatabase, directory.resolve("LA")).auditOnceCheckpointCovers(events);

        assertThat(result.defect()).isEmpty();
        assertThat(result.treeSize()).isGreaterThanOrEqualTo(events);
        assertThatThrownBy(() -> laDatabase.sql("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 0")
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> laDatabase.sql("DELETE FROM audit_events WHERE seq = 0").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private void awaitOutboxStatus(ConfigurableApplicationContext node, String office,
            String id, String status) {
        await().atMost(TwoNodes.PATIENCE).untilAsserted(() -> assertThat(TwoNodeExchangeIT.status(
                nodes.asSystem(node, office, "GET", "/api/messages/outbox", null), id)).isEqualTo(status));
    }
}
