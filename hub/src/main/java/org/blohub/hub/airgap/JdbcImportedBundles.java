package org.blohub.hub.airgap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ImportedBundles} in the node's database, table {@code airgap_bundles}. */
final class JdbcImportedBundles implements ImportedBundles {

    private final JdbcClient jdbc;

    JdbcImportedBundles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(BundleManifest manifest, Instant importedAt, String importedBy) {
        try {
            return jdbc.sql("INSERT INTO airgap_bundles (bundle_id, from_node, created_at, imported_at, imported_by,"
                            + " envelopes) SELECT :id, :from, :created, :at, :by, :envelopes"
                            + " WHERE NOT EXISTS (SELECT 1 FROM airgap_bundles WHERE bundle_id = :id)")
                    .param("id", manifest.bundleId())
                    .param("from", manifest.fromNode())
                    .param("created", manifest.createdAt().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                    .param("at", importedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                    .param("by", importedBy)
                    .param("envelopes", manifest.entries().size())
                    .update() == 1;
        } catch (DuplicateKeyException concurrentImport) {
            return false;
        }
    }
}
