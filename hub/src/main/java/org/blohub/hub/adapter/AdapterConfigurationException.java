package org.blohub.hub.adapter;

import java.nio.file.Path;

/**
 * The adapter configuration cannot be used, so the node does not start. The message names the file and, for
 * malformed content, each problem with its line and field, e.g.
 * {@code LA.yaml line 7, field offices[0].inbound[0].format: unknown format 'la-csv'; known: la-customs-csv}.
 */
public final class AdapterConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AdapterConfigurationException(Path file, String problems, Throwable cause) {
        super("adapter configuration " + file.toAbsolutePath() + " refused:\n" + problems, cause);
    }
}
