package org.blohub.hub.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The audit log locks its sequencer row ({@code SELECT ... FOR UPDATE}) and then reads the tree size from the
 * same row with a plain {@code SELECT}. H2 2.3.232 can answer that plain read from a result it cached before
 * the lock, i.e. the value from before the previous appender committed (h2database issue 4208, fixed in
 * 2.4.240). In a 200,000-message benchmark run an append then wrote the tree hash of an index already taken and
 * the submission failed on the primary key. The node's default H2 URL turns the result cache off.
 */
class ReadsAfterARowLockSeeTheLatestCommitTest {

    private static final int CONNECTIONS = 5;
    private static final int TRANSACTIONS = 50_000;
    private static final String PLAIN_READ = "SELECT next_value FROM counter WHERE id = 1";

    @TempDir
    Path directory;

    @Test
    void theNodesDefaultH2UrlNeverAnswersAReadAfterTheLockFromAnEarlierResult() throws Exception {
        String url = nodesDefaultDatasourceUrl().replace("${blo.node.data-dir}", directory.toAbsolutePath().toString());
        try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
            setup.createStatement().execute("CREATE TABLE counter (id INT PRIMARY KEY, next_value BIGINT NOT NULL)");
            setup.createStatement().execute("INSERT INTO counter VALUES (1, 0)");
        }
        BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Connection connection = DriverManager.getConnection(url, "sa", "");
            connection.setAutoCommit(false);
            idle.add(connection);
        }
        AtomicInteger staleReads = new AtomicInteger();
        List<Callable<Void>> increments = new ArrayList<>();
        for (int i = 0; i < TRANSACTIONS; i++) {
            increments.add(() -> {
                Connection connection = idle.take();
                try {
                    readValue(connection, PLAIN_READ);
                    long locked = readValue(connection, PLAIN_READ + " FOR UPDATE");
                    if (readValue(connection, PLAIN_READ) != locked) {
                        staleReads.incrementAndGet();
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE counter SET next_value = ? WHERE id = 1")) {
                        update.setLong(1, locked + 1);
                        update.executeUpdate();
                    }
                    connection.commit();
                } finally {
                    idle.add(connection);
                }
                return null;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            for (var increment : threads.invokeAll(increments)) {
                increment.get();
            }
        } finally {
            threads.shutdownNow();
            for (Connection connection : idle) {
                connection.close();
            }
        }

        assertThat(staleReads).hasValue(0);
    }

    private static String nodesDefaultDatasourceUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        assertThat(properties).containsKey("spring.datasource.url");
        return properties.getProperty("spring.datasource.url");
    }

    private static long readValue(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
