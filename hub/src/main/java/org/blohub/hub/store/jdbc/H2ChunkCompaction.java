package org.blohub.hub.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.blohub.hub.node.BackgroundJob;
import org.blohub.hub.store.StoreException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the file of an H2 node database from growing while the node runs.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes every commit as a new chunk of its file and runs no background
 * writer. That writer is also where H2 rewrites the live pages of sparsely filled chunks; without it a chunk
 * stays allocated as long as one of its pages is live, and the file grows with every exchange. This does the
 * writer's housekeeping on its own thread, every {@code interval}, in two steps as H2 does them:
 * <ol>
 *   <li>it rewrites up to {@link #REWRITE_BYTES} of live pages out of sparsely filled chunks older than H2's
 *       retention time, and writes them, so that H2 can reuse the space those chunks leave;</li>
 *   <li>while chunks fill less than {@link #TARGET_FILL_PERCENT} of the file, it moves up to
 *       {@link #MOVE_BYTES} of chunks into free space nearer the start of the file, so that the file can be
 *       shortened (H2 forces the file to the disk before it overwrites anything).</li>
 * </ol>
 * On PostgreSQL, or an in-memory or remote H2 database, it does nothing.
 */
final class H2ChunkCompaction extends BackgroundJob {

    private static final int REWRITE_BYTES = 4 << 20;

    private static final long MOVE_BYTES = 8 << 20;

    /** Below this share of live data in the chunks, or of chunks in the file, a round rewrites or moves. */
    private static final int TARGET_FILL_PERCENT = 80;

    private static final Logger LOG = LoggerFactory.getLogger(H2ChunkCompaction.class);

    private final DataSource dataSource;
    private boolean failing;

    H2ChunkCompaction(DataSource dataSource, Duration interval) {
        super("h2-chunk-compaction", interval, interval);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the compaction interval must be positive, not " + interval);
        }
        this.dataSource = dataSource;
    }

    @Override
    protected boolean applies() {
        return fileStore().isPresent();
    }

    /**
     * One round of both steps.
     *
     * @return whether any page was rewritten
     */
    boolean compactOnce() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<MVStore> store = fileStoreOf(connection);
            if (store.isEmpty()) {
                return false;
            }
            boolean rewritten = store.get().compact(TARGET_FILL_PERCENT, REWRITE_BYTES);
            if (rewritten) {
                store.get().tryCommit();
            }
            if (store.get().getFileStore() instanceof RandomAccessStore file) {
                file.compactMoveChunks(TARGET_FILL_PERCENT, MOVE_BYTES, store.get());
            }
            return rewritten;
        } catch (SQLException e) {
            throw new StoreException("cannot reach the H2 node database to compact its file", e);
        }
    }

    @Override
    protected void runOnce() {
        try {
            compactOnce();
            if (failing) {
                LOG.info("BLO-STO-002 H2 file compaction works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("BLO-STO-001 cannot compact the H2 database file, which grows until this works again or "
                        + "the node stops cleanly; will retry every {}", interval(), e);
                failing = true;
            }
        }
    }

    private Optional<MVStore> fileStore() {
        try (Connection connection = dataSource.getConnection()) {
            return fileStoreOf(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot reach the node database to see whether it is an H2 file", e);
        }
    }

    private static Optional<MVStore> fileStoreOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return Optional.empty();
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? Optional.empty() : Optional.of(store);
    }
}
