package org.blohub.hub.broker;

import jakarta.jms.ConnectionFactory;

/**
 * The node's broker as its application sees it, whether embedded ({@link NodeBroker}) or a standalone
 * Artemis broker the node connects to ({@link ExternalBroker}): the routes, health and metrics depend on
 * this only.
 */
public interface ApplicationBroker {

    String nodeName();

    /**
     * The user the node's application logs in with; the broker stamps it on every message the application
     * sends ({@code _AMQ_VALIDATED_USER}), as it stamps a peer's node name on what that peer's bridge delivers.
     */
    String applicationUser();

    /** A JMS connection factory carrying the application's credentials, for Camel JMS and Spring JMS. */
    ConnectionFactory applicationConnectionFactory();

    /** Whether the broker is reachable, and each peer link with the messages waiting for it. */
    BrokerHealth health();
}
