package org.blohub.hub.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.blohub.hub.audit.AuditConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The network of the scale-out tests (docs/scale-out.md): TH on its standalone broker and one embedded PostgreSQL
 * database, for as many TH hub instances as a test starts, and LA embedded ({@link TwoNodes}, not started yet).
 * Every TH instance uses one data directory, so all sign with the node's one audit key.
 */
final class ScaleOutNetwork implements AutoCloseable {

    private static final String DATABASE = "blohub_th";

    final TwoNodes nodes;
    final JdbcClient thDatabase;
    final StoredAuditLog thAuditLog;
    final Path thDataDirectory;
    private final EmbeddedPostgres postgres;
    private final StandaloneBroker broker;
    private final Map<String, Object> thProperties;

    private ScaleOutNetwork(Path directory, EmbeddedPostgres postgres) throws Exception {
        this.postgres = postgres;
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + DATABASE).update();
        this.thDatabase = JdbcClient.create(postgres.getDatabase("postgres", DATABASE));
        this.nodes = new TwoNodes(directory);
        this.thDataDirectory = directory.resolve("TH");
        StandaloneBroker.ForTh standalone = StandaloneBroker.startForTh(nodes, directory.resolve("th-broker"));
        this.broker = standalone.broker();
        Map<String, Object> th = new HashMap<>(standalone.nodeProperties());
        th.put("spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE));
        th.put("spring.datasource.username", "postgres");
        th.put("spring.datasource.password", "");
        this.thProperties = Map.copyOf(th);
        this.thAuditLog = new StoredAuditLog(thDatabase, thDataDirectory);
    }

    static ScaleOutNetwork start(Path directory) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        try {
            return new ScaleOutNetwork(directory, postgres);
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
    }

    /** What puts a TH hub instance on the standalone broker and the database, with these settings added. */
    Map<String, Object> thInstance(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(thProperties);
        properties.putAll(settings);
        return properties;
    }

    /** The holder of the checkpoint signer's role among TH's instances. */
    String checkpointSigner() {
        return thDatabase.sql("SELECT holder FROM role_leases WHERE role = ?")
                .param(AuditConfiguration.CHECKPOINT_SIGNER_ROLE).query(String.class).single();
    }

    @Override
    public void close() throws Exception {
        try {
            nodes.close();
            broker.close();
        } finally {
            postgres.close();
        }
    }
}
