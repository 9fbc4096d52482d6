package org.blohub.hub.registry;

import java.util.List;

/** What a node did with a registry file that changed while it ran. */
public sealed interface RegistryRefreshOutcome {

    /** SHA-256 (hex) of the registry file the outcome is about. */
    String sha256();

    /**
     * The node runs on the newer registry now.
     *
     * @param needsRestart the changes that take effect only when the node restarts, one sentence each
     */
    record Applied(long fromSerial, long toSerial, String sha256, List<String> needsRestart)
            implements RegistryRefreshOutcome {

        public Applied {
            needsRestart = List.copyOf(needsRestart);
        }
    }

    /**
     * The node keeps the registry it runs on.
     *
     * @param keptSerial the serial of the registry the node keeps
     * @param summary    why in at most {@value #SUMMARY_LENGTH} characters, as an audit event's reason holds, e.g.
     *                   {@code serial 3 not above 5}
     * @param reason     why in full, naming the file and what to fix (for an invalid registry the loader's error
     *                   with its line and field)
     */
    record Refused(long keptSerial, String sha256, String summary, String reason) implements RegistryRefreshOutcome {

        public static final int SUMMARY_LENGTH = 64;

        public Refused {
            if (summary.length() > SUMMARY_LENGTH) {
                throw new IllegalArgumentException("summary longer than " + SUMMARY_LENGTH + ": " + summary);
            }
        }
    }
}
