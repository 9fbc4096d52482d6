package org.blohub.hub.audit.cosign;

import javax.sql.DataSource;
import org.blohub.hub.audit.AuditException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The largest tree size of this node's checkpoints that a given peer witness cosigned, from the stored cosignatures. */
public final class CosignedSizes {

    private final JdbcClient jdbc;

    public CosignedSizes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** @return the tree size, or 0 when that witness never cosigned a checkpoint of this node */
    public long largestCosignedBy(String witnessKeyName) {
        try {
            long size = jdbc.sql("SELECT COALESCE(MAX(tree_size), 0) FROM audit_cosignatures WHERE cosigner = ?")
                    .param(witnessKeyName).query(Long.class).single();
            return size;
        } catch (DataAccessException e) {
            throw new AuditException("cannot read the checkpoints cosigned by " + witnessKeyName, e);
        }
    }
}
