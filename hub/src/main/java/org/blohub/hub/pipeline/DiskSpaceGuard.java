package org.blohub.hub.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.blohub.hub.node.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps a reserve of free space in the node's data directory (database, broker journal, attachment parts): below
 * {@code blo.node.min-free-space} new submissions are refused, so the messages already accepted can still be
 * delivered, receipted and audited. An embedded H2 database that runs out of space closes itself.
 */
@Component
public class DiskSpaceGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSpaceGuard.class);
    private static final long MEGABYTE = 1024 * 1024;

    private final Path dataDirectory;
    private final DataSize minimum;

    @Autowired
    DiskSpaceGuard(NodeProperties node, @Value("${blo.node.min-free-space:64MB}") DataSize minimum) {
        this(node.dataDir(), minimum);
    }

    DiskSpaceGuard(Path dataDirectory, DataSize minimum) {
        this.dataDirectory = dataDirectory;
        this.minimum = minimum;
    }

    /** Why a new message cannot be taken now, if the free space is below the reserve. */
    Optional<String> shortage() {
        long free;
        try {
            free = Files.getFileStore(dataDirectory).getUsableSpace();
        } catch (IOException unreadable) {
            LOG.warn("BLO-OUT-013 cannot read the free space of {}; submissions are taken unchecked", dataDirectory,
                    unreadable);
            return Optional.empty();
        }
        if (free >= minimum.toBytes()) {
            return Optional.empty();
        }
        return Optional.of("the node's disk is nearly full (" + free / MEGABYTE + " MB free in its data directory, "
                + minimum.toMegabytes() + " MB kept in reserve)");
    }
}
