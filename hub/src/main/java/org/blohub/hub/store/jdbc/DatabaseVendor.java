package org.blohub.hub.store.jdbc;

import java.sql.Connection;
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

    static DatabaseVendor of(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the node database to find its vendor", e);
        }
        for (DatabaseVendor vendor : values()) {
            if (vendor.productName.equalsIgnoreCase(product)) {
                return vendor;
            }
        }
        throw new StoreException("unsupported database " + product + ": the node store runs on H2 or PostgreSQL");
    }

    /** Flyway locations: the shared migrations plus this vendor's own (the append-only trigger). */
    List<String> migrationLocations() {
        return List.of(MIGRATIONS + "common", MIGRATIONS + migrationFolder);
    }
}
