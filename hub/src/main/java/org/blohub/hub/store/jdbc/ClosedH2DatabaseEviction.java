package org.blohub.hub.store.jdbc;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Evicts a pooled connection whose H2 database has closed itself. H2 closes an embedded database after a failed
 * write (e.g. the disk is full), and its connections then answer every statement with "database has been closed"
 * (90098), an error code Hikari does not recognise as a broken connection, so it would keep them until their
 * lifetime ends. Evicted, they are replaced by connections that open the database file again, so the node recovers
 * by itself once the cause is gone. Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class ClosedH2DatabaseEviction implements SQLExceptionOverride {

    static final int DATABASE_IS_CLOSED = 90098;

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        return exception.getErrorCode() == DATABASE_IS_CLOSED ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
