package org.blohub.hub.store.jdbc;

import javax.sql.DataSource;
import org.blohub.hub.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a database to the current store schema with Flyway, outside Spring Boot (tools, tests). */
public final class StoreSchema {

    private StoreSchema() {
    }

    /** @return the number of migrations applied now */
    public static int migrate(DataSource dataSource) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations(DatabaseVendor.of(dataSource).migrationLocations().toArray(String[]::new))
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the node store schema", e);
        }
    }
}
