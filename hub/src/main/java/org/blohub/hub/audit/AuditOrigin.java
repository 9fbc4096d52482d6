package org.blohub.hub.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checkpoint origin and note key name of a node's audit log: {@code <registry domain>/<node id>/audit},
 * for example {@code blohub.example/th/audit}. The node's log key and its checkpoints carry this name.
 */
public record AuditOrigin(String registryDomain, String nodeId) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*");

    public AuditOrigin {
        Objects.requireNonNull(registryDomain, "registryDomain");
        Objects.requireNonNull(nodeId, "nodeId");
        if (!PART.matcher(registryDomain).matches() || !PART.matcher(nodeId).matches()) {
            throw new AuditException("an audit origin needs a domain and node id of letters, digits, dots and"
                    + " hyphens: " + registryDomain + "/" + nodeId);
        }
    }

    public String name() {
        return registryDomain + "/" + nodeId + "/audit";
    }

    /** The name under which this node cosigns other nodes' checkpoints. */
    public String witnessName() {
        return registryDomain + "/" + nodeId + "/witness";
    }

    @Override
    public String toString() {
        return name();
    }
}
