package org.blohub.hub.pipeline;

import java.util.Objects;
import java.util.Optional;

import org.blohub.hub.broker.ApplicationBroker;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.node.NodeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Names the node that put an arriving message on {@code blo.inbound}, from the user the broker authenticated for
 * that connection and stamped on the message ({@link BloHeaders#VALIDATED_USER}). A peer's bridge is authenticated
 * by its pinned TLS certificate alone, so its user is the peer's node name. This node's own application, which
 * delivers messages between two offices of this node and their receipts, connects in-VM as its application user;
 * it also puts the envelopes of an imported air-gap bundle on {@code blo.inbound}, each marked with the node whose
 * signed bundle carried it ({@link BloHeaders#BUNDLE_NODE}), and that node is then the delivering one. The mark counts
 * only on what this node's application sent: a peer cannot set it for itself.
 */
@Component
class DeliveringNodes {

    static final String NO_PEER_ACTOR = "peer:unknown";
    static final String BUNDLE_ACTOR_PREFIX = "bundle:";

    private final String nodeName;
    private final String applicationUser;

    @Autowired
    DeliveringNodes(NodeProperties properties, ApplicationBroker broker) {
        this(properties.name(), broker.applicationUser());
    }

    DeliveringNodes(String nodeName, String applicationUser) {
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.applicationUser = Objects.requireNonNull(applicationUser, "applicationUser");
    }

    /** The node that delivered the arrival: a peer, or this node; empty when the broker stamped no user. */
    Optional<String> of(Arrival arrival) {
        return viaBundle(arrival).or(() -> ofUser(arrival.validatedUser()));
    }

    /** The node whose imported bundle carried the arrival, when this node's own application put it on the queue. */
    private Optional<String> viaBundle(Arrival arrival) {
        return arrival.validatedUser().filter(applicationUser::equals).flatMap(user -> arrival.bundleNode());
    }

    /** The node behind a user the broker stamped ({@link BloHeaders#VALIDATED_USER}); empty when it stamped none. */
    Optional<String> ofUser(Optional<String> validatedUser) {
        return validatedUser.filter(user -> !user.isBlank()).map(user -> user.equals(applicationUser) ? nodeName : user);
    }

    /**
     * The audit actor of an arrival: {@code peer:<NODE>}, {@code bundle:<NODE>} for an envelope from an imported bundle,
     * {@code node} for this node's own, or {@value #NO_PEER_ACTOR}.
     */
    String actorOf(Arrival arrival) {
        return viaBundle(arrival).map(node -> BUNDLE_ACTOR_PREFIX + node).orElseGet(() -> actorOfNode(of(arrival)));
    }

    /** The audit actor of a delivering node found by {@link #of} or {@link #ofUser}. */
    String actorOfNode(Optional<String> deliveringNode) {
        return deliveringNode.map(node -> node.equals(nodeName) ? "node" : "peer:" + node).orElse(NO_PEER_ACTOR);
    }
}
