package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.blohub.hub.audit.AuditEventType;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.OutboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A node migrates its H2 database through its own connection pool, and the pool later closes the
 * connection that ran the migrations (pools retire connections; HikariCP's maxLifetime is 30 minutes) while the
 * database stays open.
 * H2 2.4.240 bound each {@code CHECK (column IN (...))} constraint to the session that created it, so from
 * then on every insert failed with "The database has been closed" (h2database issues 4302 and 4308): a
 * benchmark node stopped storing messages 26 minutes after its first start.
 */
class ConstraintsOutliveTheMigratingConnectionTest {

    @TempDir
    Path directory;

    @Test
    void storesMessagesAndAuditEventsAfterTheConnectionThatCreatedTheTablesClosed() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("node").toAbsolutePath() + ";MODE=PostgreSQL;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        try (TestDatabase database = new TestDatabase(url, "sa", "")) {
            DataSource application = database.newPool();
            try (Connection keepsTheDatabaseOpen = application.getConnection()) {
                HikariDataSource migrating = (HikariDataSource) database.newPool();
                StoreSchema.migrate(migrating);
                migrating.close();
                StoreFixture stores = new StoreFixture(application);
                OutboundMessage request = SampleTraffic.maeSaiAsksTachileik(StoreFixture.START);

                stores.messages.saveOutbound(request);
                long index = stores.auditLog.append(SampleTraffic.event(AuditEventType.SUBMITTED,
                        request.header().messageId(), request.header().conversationId(), "th-maesai", StoreFixture.START));

                assertThat(stores.messages.find(request.header().messageId(), Direction.OUTBOUND)).isPresent();
                assertThat(stores.auditLog.read(index, 1)).hasSize(1);
                assertThat(keepsTheDatabaseOpen.isClosed()).isFalse();
            }
        }
    }
}
