package org.blohub.hub.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that rejects UPDATE and DELETE on audit_events (installed by db/migration/h2/V2).
 * Public with a no-argument constructor because H2 instantiates it by class name.
 */
public final class AuditEventsAppendOnlyTrigger implements Trigger {

    /** SQLSTATE 23001, restrict violation, as PostgreSQL's trigger raises. */
    private static final String RESTRICT_VIOLATION = "23001";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_events is append-only: " + operation + " rejected", RESTRICT_VIOLATION);
    }
}
