package org.blohub.hub.web.oversight;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Whether the node's database answers, and which product it is. */
final class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param problem why the database did not answer, if it did not */
    record DatabaseHealth(boolean up, String product, Optional<String> problem) {
    }

    DatabaseHealth probe() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            return connection.isValid(TIMEOUT_SECONDS)
                    ? new DatabaseHealth(true, product, Optional.empty())
                    : new DatabaseHealth(false, product, Optional.of("no answer within " + TIMEOUT_SECONDS + " s"));
        } catch (SQLException e) {
            return new DatabaseHealth(false, "", Optional.of(e.getMessage()));
        }
    }
}
