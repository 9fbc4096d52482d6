package org.blohub.hub.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The signed checkpoints ({@code audit_checkpoints}: tree size and root) of a restored node's database, read over
 * JDBC while the node is stopped. The node keeps every checkpoint it signed, so a peer's cosigned one can be looked
 * up by its size.
 */
final class RestoredCheckpoints {

    record Checkpoint(long treeSize, byte[] rootHash) {
    }

    private final String url;
    private final String user;
    private final String password;

    RestoredCheckpoints(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The H2 database under a node's data directory, as the node opens it, read-only. */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/hub") + ";MODE=PostgreSQL;ACCESS_MODE_DATA=r";
    }

    Optional<Checkpoint> latest() throws CommandInputException {
        return one("SELECT tree_size, root_hash FROM audit_checkpoints ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY",
                Optional.empty());
    }

    Optional<Checkpoint> at(long treeSize) throws CommandInputException {
        return one("SELECT tree_size, root_hash FROM audit_checkpoints WHERE tree_size = ?", Optional.of(treeSize));
    }

    private Optional<Checkpoint> one(String sql, Optional<Long> size) throws CommandInputException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (size.isPresent()) {
                statement.setLong(1, size.get());
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Checkpoint(row.getLong(1), row.getBytes(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CommandInputException("cannot read the audit checkpoints of the restored database " + url
                    + ": " + e.getMessage(), e);
        }
    }
}
