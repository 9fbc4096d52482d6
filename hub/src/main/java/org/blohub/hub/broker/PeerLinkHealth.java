package org.blohub.hub.broker;

/**
 * The state of the link to one peer.
 *
 * @param peerNodeName   the peer
 * @param connected      whether the bridge currently has a TLS session with the peer's broker
 * @param queuedMessages messages waiting in {@code blo.outbound.<peer>}, including those sent but not yet confirmed
 */
public record PeerLinkHealth(String peerNodeName, boolean connected, long queuedMessages) {
}
