package org.blohub.hub.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.blohub.hub.store.jdbc.StoreSchema;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh node database with the store schema, reachable through several connection pools (hub instances),
 * plus what a database superuser can do that the application cannot: lift the append-only trigger.
 */
final class AuditDatabase implements AutoCloseable {

    enum Engine { H2, POSTGRESQL }

    private final Engine engine;
    private final String jdbcUrl;
    private final String user;
    private final List<HikariDataSource> pools = new ArrayList<>();

    AuditDatabase(Engine engine, String jdbcUrl, String user) {
        this.engine = engine;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        StoreSchema.migrate(newPool());
    }

    DataSource newPool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword("");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** As the schema owner would: removes the append-only protection of audit_events. */
    JdbcClient superuserWithoutAppendOnlyTrigger() {
        JdbcClient admin = JdbcClient.create(newPool());
        if (engine == Engine.H2) {
            admin.sql("DROP TRIGGER audit_events_no_update_or_delete").update();
        } else {
            admin.sql("ALTER TABLE audit_events DISABLE TRIGGER USER").update();
        }
        return admin;
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
    }
}
