package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class H2ChunkCompactionTest {

    private static final int ROWS = 6_000;
    private static final int COMMITS_BETWEEN_ROUNDS = 100;

    @TempDir
    Path directory;

    /**
     * Rows inserted one per commit under random keys leave each chunk holding a live page long after the rest
     * of it is dead. A retention time of 0 lets H2 reuse the space of dead chunks at once instead of after
     * 45 s, so the test needs no waiting; the node runs with the default.
     */
    @Test
    void keepsTheFileOfADatabaseWrittenCommitByCommitFromGrowingWithEveryCommit() throws Exception {
        long uncompacted = fileSizeAfterTheWorkload("uncompacted", false);
        long compacted = fileSizeAfterTheWorkload("compacted", true);

        assertThat(compacted).isLessThan(uncompacted / 2);
    }

    @Test
    void losesNoRowWhileMovingPages() throws Exception {
        DriverManagerDataSource dataSource = h2File("intact");
        H2ChunkCompaction compaction = new H2ChunkCompaction(dataSource, Duration.ofSeconds(1));
        long expectedChecksum;
        try (Connection connection = dataSource.getConnection()) {
            expectedChecksum = runWorkload(connection, compaction);
        }

        try (Connection reopened = dataSource.getConnection();
                Statement statement = reopened.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), SUM(CAST(payload_hash AS BIGINT)) FROM entries")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(ROWS);
            assertThat(rows.getLong(2)).isEqualTo(expectedChecksum);
        }
    }

    @Test
    void doesNothingOnADatabaseWithoutAFile() {
        H2ChunkCompaction compaction = new H2ChunkCompaction(
                new DriverManagerDataSource("jdbc:h2:mem:nofile;DB_CLOSE_DELAY=-1", "sa", ""), Duration.ofMillis(10));

        compaction.start();

        assertThat(compaction.isRunning()).isFalse();
        assertThat(compaction.compactOnce()).isFalse();
    }

    @Test
    void runsOnAnH2FileUntilStopped() {
        H2ChunkCompaction compaction = new H2ChunkCompaction(h2File("lifecycle"), Duration.ofMillis(10));

        compaction.start();
        assertThat(compaction.isRunning()).isTrue();
        compaction.stop();

        assertThat(compaction.isRunning()).isFalse();
    }

    private long fileSizeAfterTheWorkload(String name, boolean compact) throws Exception {
        DriverManagerDataSource dataSource = h2File(name);
        try (Connection connection = dataSource.getConnection()) {
            runWorkload(connection, compact ? new H2ChunkCompaction(dataSource, Duration.ofSeconds(1)) : null);
            return Files.size(directory.resolve(name + ".mv.db"));
        }
    }

    /** @return the sum of the stored payload hashes, to compare after reopening */
    private static long runWorkload(Connection connection, H2ChunkCompaction compaction) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE entries (id VARCHAR(36) PRIMARY KEY, payload_hash INT, payload VARBINARY(600))");
        }
        connection.setAutoCommit(false);
        Random random = new Random(42);
        long checksum = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entries VALUES (?, ?, ?)")) {
            for (int row = 0; row < ROWS; row++) {
                byte[] payload = new byte[400];
                random.nextBytes(payload);
                int payloadHash = java.util.Arrays.hashCode(payload);
                checksum += payloadHash;
                insert.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
                insert.setInt(2, payloadHash);
                insert.setBytes(3, payload);
                insert.executeUpdate();
                connection.commit();
                if (compaction != null && row % COMMITS_BETWEEN_ROUNDS == 0) {
                    compaction.compactOnce();
                }
            }
        }
        return checksum;
    }

    private DriverManagerDataSource h2File(String name) {
        return new DriverManagerDataSource("jdbc:h2:file:" + directory.resolve(name).toAbsolutePath()
                + ";MODE=PostgreSQL;WRITE_DELAY=0;RETENTION_TIME=0", "sa", "");
    }
}
