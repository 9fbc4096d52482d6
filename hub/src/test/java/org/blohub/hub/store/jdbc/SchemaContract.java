package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.blohub.hub.store.jdbc.SampleTraffic.event;
import static org.blohub.hub.store.jdbc.SampleTraffic.newId;

import java.time.Instant;
import java.util.List;
import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.audit.AuditRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

abstract class SchemaContract extends StoreContract {

    private static final Instant TIME = Instant.parse("2026-03-14T08:30:00Z");

    @Test
    void appliesTheCommonAndTheVendorMigrationsOnceEach() {
        List<String> applied = stores.jdbc
                .sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"type\" = 'SQL' ORDER BY \"installed_rank\"")
                .query(String.class)
                .list();

        assertThat(applied).containsExactly("1", "2", "3", "4", "5.1", "6", "7", "20", "21", "22", "23", "24");
        assertThat(StoreSchema.migrate(stores.dataSource)).as("nothing left to apply").isZero();
        for (String table : List.of("messages", "message_recipients", "message_envelopes", "receipts",
                "inbound_message_ids", "quarantine", "audit_events", "tree_hashes")) {
            assertThat(stores.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single())
                    .as(table).isZero();
        }
        assertThat(stores.jdbc.sql("SELECT next_seq FROM audit_sequence").query(Long.class).list())
                .containsExactly(0L);
    }

    @Test
    void refusesToRewriteAnAuditEvent() {
        long index = stores.auditLog.append(event(AuditEventType.SENT, newId(), newId(), "node:TH", TIME));
        AuditRecord original = stores.auditLog.read(index, 1).get(0);

        assertThatThrownBy(() -> stores.jdbc.sql("UPDATE audit_events SET actor = 'someone else' WHERE seq = ?")
                .param(index).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(stores.auditLog.read(index, 1)).containsExactly(original);
    }

    @Test
    void refusesToDeleteAnAuditEvent() {
        stores.auditLog.append(event(AuditEventType.SENT, newId(), newId(), "node:TH", TIME));

        assertThatThrownBy(() -> stores.jdbc.sql("DELETE FROM audit_events").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(stores.auditLog.size()).isEqualTo(1);
        assertThat(stores.jdbc.sql("SELECT COUNT(*) FROM audit_events").query(Long.class).single()).isEqualTo(1);
    }
}
