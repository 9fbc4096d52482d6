package org.blohub.hub.broker;

/** The addresses (each with one durable anycast queue of the same name) every node's broker has. */
public final class BrokerAddresses {

    /** Where peers' bridges deliver; the only address a peer may send to. */
    public static final String INBOUND = "blo.inbound";
    /**
     * Audit checkpoints and cosignatures: the broker diverts them here from {@link #INBOUND} (only them, and
     * instead of it), so they arrive on the same wire address as messages but are consumed apart.
     */
    public static final String AUDIT_INBOUND = "blo.audit.inbound";
    /** Name of the divert from {@link #INBOUND} to {@link #AUDIT_INBOUND}. */
    public static final String AUDIT_DIVERT = "audit-messages";
    /** The Artemis filter of that divert: the {@link BloHeaders#KIND}s of audit messages. */
    public static final String AUDIT_KINDS_FILTER = BloHeaders.KIND + " IN ('" + BloHeaders.CHECKPOINT_KIND + "', '"
            + BloHeaders.COSIGNATURE_KIND + "')";
    /** Registries peers offer: diverted here from {@link #INBOUND} like the audit messages. */
    public static final String REGISTRY_INBOUND = "blo.registry.inbound";
    /** Name of the divert from {@link #INBOUND} to {@link #REGISTRY_INBOUND}. */
    public static final String REGISTRY_DIVERT = "registry-offers";
    /** The Artemis filter of that divert. */
    public static final String REGISTRY_FILTER = BloHeaders.KIND + " = '" + BloHeaders.REGISTRY_KIND + "'";
    /** Messages that expired before delivery are moved here, never dropped. */
    public static final String EXPIRED = "blo.expired";
    /** Messages that could not be delivered after the allowed attempts are moved here, never dropped. */
    public static final String DEAD = "blo.dead";

    private static final String OUTBOUND_PREFIX = "blo.outbound.";

    private BrokerAddresses() {
    }

    /** The queue whose messages the bridge to {@code peerNodeName} forwards, e.g. {@code blo.outbound.LA}. */
    public static String outboundTo(String peerNodeName) {
        return OUTBOUND_PREFIX + NodeNames.requireValid(peerNodeName);
    }
}
