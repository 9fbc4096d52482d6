package org.blohub.hub.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per peer log, whether its audit history is still trusted by this node's witness. A log goes DOWN on an
 * inconsistent checkpoint and stays down until an operator has investigated (a restart clears it only if
 * the peer's history is consistent again, which the witness checks on the next checkpoint).
 */
public final class PeerAuditStatus {

    private final Map<String, String> problems = new ConcurrentHashMap<>();

    void markInconsistent(String origin, String detail) {
        problems.put(origin, detail);
    }

    /** The reason the peer's log is distrusted, if it is. */
    public Optional<String> problem(String origin) {
        return Optional.ofNullable(problems.get(origin));
    }

    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }
}
