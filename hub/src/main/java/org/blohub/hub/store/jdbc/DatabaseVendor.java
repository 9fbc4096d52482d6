package org.blohub.hub.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.blohub.hub.store.StoreException;

/** The databases the store supports, each with its vendor migration folder. */
enum DatabaseVendor {
    H2("H2", "h2"),
    POSTGRESQL("PostgreSQL", "postgresql");

    private static final String MIGRATIONS = "classpath:db/migration/";

    private final String productName;
    private final String migrationFolder;

    DatabaseVendor(String productName, String migrationFolder) {
        this.productName = productName;
        this.migrationFolder = migrationFolder;
    }

    /**
     * The vendor of the database behind {@code dataSource}.
     *
     * @throws StoreException if it is neither H2 nor PostgreSQL, or H2 not in PostgreSQL mode (the stores
     *                        use INSERT ... ON CONFLICT DO NOTHING, which H2 accepts only in that mode)
     */
    static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (POSTGRESQL.productName.equalsIgnoreCase(product)) {
                return POSTGRESQL;
            }
            if (H2.productName.equalsIgnoreCase(product)) {
                requirePostgreSqlMode(connection);
                return H2;
            }
            throw new StoreException("unsupported database " + product + ": the node store runs on H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the node database to find its vendor", e);
        }
    }

    private static void requirePostgreSqlMode(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
            if (!mode.next() || !"PostgreSQL".equalsIgnoreCase(mode.getString(1))) {
                throw new StoreException("the H2 node database must run in PostgreSQL mode: add ;MODE=PostgreSQL "
                        + "to spring.datasource.url");
            }
        }
    }

    /** Flyway locations: the shared migrations plus this vendor's own (the append-only trigger). */
    List<String> migrationLocations() {
        return List.of(MIGRATIONS + "common", MIGRATIONS + migrationFolder);
    }
}
