package org.blohub.hub.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Instants to and from TIMESTAMP WITH TIME ZONE, kept to the microsecond as both databases do. */
final class SqlTimes {

    private SqlTimes() {
    }

    static OffsetDateTime toSql(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime toSql(Optional<Instant> instant) {
        return instant.map(SqlTimes::toSql).orElse(null);
    }

    static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return optionalInstant(row, column)
                .orElseThrow(() -> new SQLException("column " + column + " is unexpectedly null"));
    }
}
