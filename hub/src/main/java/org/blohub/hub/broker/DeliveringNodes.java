package org.blohub.hub.broker;

import java.util.Objects;
import java.util.Optional;

/**
 * Names the node that put an arriving message on this node's broker, from the user the broker authenticated for
 * that connection and stamped on the message ({@link BloHeaders#VALIDATED_USER}, read as
 * {@link BloHeaders#VALIDATED_USER_AS_JMS}). A peer's bridge is authenticated by its pinned TLS certificate alone,
 * so its user is the peer's node name. This node's own application, which delivers messages between two offices
 * of this node and their receipts, connects as its application user; it also puts the envelopes of an imported
 * air-gap bundle on {@code blo.inbound}, each marked with the node whose signed bundle carried it
 * ({@link BloHeaders#BUNDLE_NODE}), and that node is then the delivering one. The mark counts only on what this
 * node's application sent: a peer cannot set it for itself.
 */
public final class DeliveringNodes {

    public static final String NO_PEER_ACTOR = "peer:unknown";
    public static final String BUNDLE_ACTOR_PREFIX = "bundle:";

    private final String nodeName;
    private final String applicationUser;

    public DeliveringNodes(String nodeName, String applicationUser) {
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.applicationUser = Objects.requireNonNull(applicationUser, "applicationUser");
    }

    /** For the node whose application connects to {@code broker}. */
    public static DeliveringNodes on(ApplicationBroker broker) {
        return new DeliveringNodes(broker.nodeName(), broker.applicationUser());
    }

    /** The node behind the user the broker stamped: a peer, or this node; empty when it stamped none. */
    public Optional<String> nodeOf(Optional<String> validatedUser) {
        return validatedUser.filter(user -> !user.isBlank()).map(user -> user.equals(applicationUser) ? nodeName : user);
    }

    /** The audit actor of the stamped user: {@code peer:<NODE>}, {@code node} for this node's own, or {@value #NO_PEER_ACTOR}. */
    public String actorOf(Optional<String> validatedUser) {
        return actorOfNode(nodeOf(validatedUser));
    }

    /** The delivering node of a message that may carry a bundle mark: the bundle's node, when the mark counts. */
    public Optional<String> nodeOf(Optional<String> validatedUser, Optional<String> bundleNode) {
        return viaBundle(validatedUser, bundleNode).or(() -> nodeOf(validatedUser));
    }

    /** As {@link #actorOf(Optional)}, and {@code bundle:<NODE>} for an envelope from an imported bundle. */
    public String actorOf(Optional<String> validatedUser, Optional<String> bundleNode) {
        return viaBundle(validatedUser, bundleNode).map(node -> BUNDLE_ACTOR_PREFIX + node)
                .orElseGet(() -> actorOf(validatedUser));
    }

    private Optional<String> viaBundle(Optional<String> validatedUser, Optional<String> bundleNode) {
        return validatedUser.filter(applicationUser::equals).flatMap(user -> bundleNode);
    }

    /** The audit actor of a delivering node found by {@link #nodeOf}. */
    public String actorOfNode(Optional<String> deliveringNode) {
        return deliveringNode.map(node -> node.equals(nodeName) ? "node" : "peer:" + node).orElse(NO_PEER_ACTOR);
    }
}
