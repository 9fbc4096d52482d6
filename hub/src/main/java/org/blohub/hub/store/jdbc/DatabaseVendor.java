package org.blohub.hub.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     *                        use INSERT ... ON CONFLICT DO NOTHING, which H2 accepts only in that mode), or H2
     *                        holding commits back before writing them (a killed node would lose what it had
     *                        just accepted)
     */
    static DatabaseVendor of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (POSTGRESQL.productName.equalsIgnoreCase(product)) {
                return POSTGRESQL;
            }
            if (H2.productName.equalsIgnoreCase(product)) {
                requirePostgreSqlMode(connection);
                requireCommitsWrittenAtOnce(connection);
                return H2;
            }
            throw new StoreException("unsupported database " + product + ": the node store runs on H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the node database to find its vendor", e);
        }
    }

    private static void requirePostgreSqlMode(Connection connection) throws SQLException {
        if (!"PostgreSQL".equalsIgnoreCase(h2Setting(connection, "MODE"))) {
            throw new StoreException("the H2 node database must run in PostgreSQL mode: add ;MODE=PostgreSQL "
                    + "to spring.datasource.url");
        }
    }

    /**
     * H2 acknowledges a commit before writing it by default, for up to WRITE_DELAY (500 ms): a node
     * killed in that time would lose messages it had already accepted, and audit events.
     */
    private static void requireCommitsWrittenAtOnce(Connection connection) throws SQLException {
        String writeDelay = h2Setting(connection, "WRITE_DELAY");
        if (!"0".equals(writeDelay)) {
            throw new StoreException("the H2 node database must write every commit before acknowledging it, but its "
                    + "WRITE_DELAY is " + writeDelay + " ms, so a node killed in that time would lose messages it "
                    + "had accepted: add ;WRITE_DELAY=0 to spring.datasource.url");
        }
    }

    private static String h2Setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet setting = statement.executeQuery()) {
                return setting.next() ? setting.getString(1) : null;
            }
        }
    }

    /** Flyway locations: the shared migrations plus this vendor's own (the append-only trigger). */
    List<String> migrationLocations() {
        return List.of(MIGRATIONS + "common", MIGRATIONS + migrationFolder);
    }
}
