package org.blohub.hub.registry;

import java.util.Objects;

import org.blohub.crypto.note.NoteVerifierKey;

/**
 * A node's audit verifier keys as the signed registry publishes them (C2SP signed-note vkeys): the key its
 * checkpoints are signed with, named {@code <domain>/<node>/audit}, and the key it cosigns other nodes'
 * checkpoints with, named {@code <domain>/<node>/witness}. Peers trust these keys and no others.
 */
public record NodeAuditKeys(NoteVerifierKey logKey, NoteVerifierKey witnessKey) {

    public NodeAuditKeys {
        Objects.requireNonNull(logKey, "logKey");
        Objects.requireNonNull(witnessKey, "witnessKey");
    }

    /** The note key name of node {@code node}'s audit log in the network {@code domain}. */
    public static String logKeyName(String domain, String node) {
        return domain + "/" + node + "/audit";
    }

    /** The note key name under which node {@code node} cosigns. */
    public static String witnessKeyName(String domain, String node) {
        return domain + "/" + node + "/witness";
    }
}
