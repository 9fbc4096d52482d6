package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between two registries that a running node cannot follow: what it derived from the registry
 * at start. Its broker bridges and pinned peer certificates come from the nodes, its key ring from its own
 * offices, its message trust from the national CAs, its audit origin from the domain and its audit log signer
 * from its own node's audit keys.
 */
final class RegistryChangesNeedingRestart {

    private RegistryChangesNeedingRestart() {
    }

    static List<String> between(NetworkRegistry running, NetworkRegistry newer, String nodeName) {
        List<String> changes = new ArrayList<>();
        if (!running.domain().equals(newer.domain())) {
            changes.add("domain " + running.domain() + " -> " + newer.domain() + " (audit origin)");
        }
        Map<String, NetworkNode> nodesBefore = byName(running.nodes(), NetworkNode::name);
        Map<String, NetworkNode> nodesAfter = byName(newer.nodes(), NetworkNode::name);
        for (String node : union(nodesBefore.keySet(), nodesAfter.keySet())) {
            NetworkNode before = nodesBefore.get(node);
            NetworkNode after = nodesAfter.get(node);
            if (before == null || after == null) {
                changes.add("node " + node + (before == null ? " added" : " removed") + " (broker bridges)");
            } else if (!before.broker().equals(after.broker())
                    || !before.tlsCertificate().equals(after.tlsCertificate())) {
                changes.add("node " + node + ": broker address or TLS certificate changed (broker bridges)");
            }
        }
        if (nodesBefore.containsKey(nodeName) && nodesAfter.containsKey(nodeName)
                && !nodesBefore.get(nodeName).auditKeys().equals(nodesAfter.get(nodeName).auditKeys())) {
            changes.add("audit keys of this node " + nodeName + " changed (audit log signer)");
        }
        Map<String, Office> ownBefore = byName(running.officesOf(nodeName), Office::id);
        Map<String, Office> ownAfter = byName(newer.officesOf(nodeName), Office::id);
        for (String office : union(ownBefore.keySet(), ownAfter.keySet())) {
            if (!certificatesOf(ownBefore, office).equals(certificatesOf(ownAfter, office))) {
                changes.add("office " + office + " of this node added, removed or re-keyed (office key ring)");
            }
        }
        if (!running.nationalCertificateAuthorities().equals(newer.nationalCertificateAuthorities())) {
            changes.add("national CA certificates changed (message trust)");
        }
        return changes;
    }

    private static Optional<List<X509Certificate>> certificatesOf(Map<String, Office> offices, String id) {
        return Optional.ofNullable(offices.get(id))
                .map(office -> List.of(office.signingCertificate(), office.encryptionCertificate()));
    }

    private static <T> Map<String, T> byName(List<T> values, Function<T, String> name) {
        return values.stream().collect(Collectors.toMap(name, value -> value));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
