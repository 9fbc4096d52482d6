package org.blohub.hub.broker;

import java.util.Map;

/**
 * Told when a bridge has forwarded a message to its peer and the peer broker confirmed it: the
 * moment a message is SENT. Called on a broker thread; keep it short.
 */
@FunctionalInterface
public interface ForwardingListener {

    ForwardingListener NONE = (peerNodeName, stringProperties) -> { };

    /**
     * @param peerNodeName     the peer the message went to
     * @param stringProperties the message's string properties (the clear routing metadata)
     */
    void forwarded(String peerNodeName, Map<String, String> stringProperties);
}
