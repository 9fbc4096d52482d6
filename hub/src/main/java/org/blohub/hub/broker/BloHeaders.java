package org.blohub.hub.broker;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The clear JMS properties of a BLO message: routing metadata only, never content. See docs/protocol.md. */
public final class BloHeaders {

    public static final String PROTOCOL = "BloProtocol";
    public static final int PROTOCOL_VERSION = 1;
    public static final String MESSAGE_ID = "BloMessageId";
    public static final String FROM_OFFICE = "BloFromOffice";
    public static final String TO_OFFICES = "BloToOffices";
    public static final String FROM_NODE = "BloFromNode";
    public static final String TO_NODE = "BloToNode";
    public static final String KIND = "BloKind";
    public static final String PRIORITY = "BloPriority";
    /** {@link #KIND} of an attachment part, which travels before its message's envelope. */
    public static final String ATTACHMENT_KIND = "ATTACHMENT";
    /** {@link #KIND} of a peer's audit checkpoint offered for cosigning (docs/protocol.md). */
    public static final String CHECKPOINT_KIND = "CHECKPOINT";
    /** {@link #KIND} of the cosignature a peer returns for this node's checkpoint. */
    public static final String COSIGNATURE_KIND = "COSIGNATURE";
    /** {@link #KIND} of the signed registry a node offers its peers (docs/protocol.md, "Registry offers"). */
    public static final String REGISTRY_KIND = "REGISTRY";
    /** The serial of the registry a {@link #REGISTRY_KIND} message offers, as the offering node read it. */
    public static final String REGISTRY_SERIAL = "BloRegistrySerial";
    /** Position of an attachment part in the signed message's {@code attachments}, from 0. */
    public static final String PART_INDEX = "BloPartIndex";
    /** Artemis: a JMS object property whose InputStream becomes the body, streamed as a large message. */
    public static final String ARTEMIS_INPUT_STREAM = "JMS_AMQ_InputStream";
    /** Artemis: a JMS object property; setting an OutputStream writes the body to it, blocking until complete. */
    public static final String ARTEMIS_SAVE_STREAM = "JMS_AMQ_SaveStream";
    /** Artemis duplicate detection id: {@code <messageId>:<destinationNode>}. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /**
     * Stamped by the receiving broker (populate-validated-user) on every message it accepts: the user it
     * authenticated for the sending connection, i.e. the node name a peer's pinned TLS certificate proved, or this
     * node's in-VM application user. A value the sender set is overwritten.
     */
    public static final String VALIDATED_USER = "_AMQ_VALIDATED_USER";
    /** The name under which JMS clients, and therefore Camel routes, see {@link #VALIDATED_USER}. */
    public static final String VALIDATED_USER_AS_JMS = "JMSXUserID";
    /**
     * Set by this node's application only, on an envelope it took from an imported air-gap bundle: the node whose
     * signed bundle carried it. Honoured only on messages the node's own application user put on
     * {@code blo.inbound}; on anything a peer delivered it is ignored (docs/protocol.md, "Air-gap bundles").
     */
    public static final String BUNDLE_NODE = "BloBundleNode";
    /** The id of the imported air-gap bundle an envelope came from, beside {@link #BUNDLE_NODE}. */
    public static final String BUNDLE_ID = "BloBundleId";
    /** Set by the broker on expired messages: the queue the message expired in. */
    public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    private BloHeaders() {
    }

    /**
     * The clear properties among a received message's headers (these, and the JMS and Artemis ones), one
     * {@code name=value} a line in name order: what a quarantine keeps of a refused message besides its body.
     */
    public static String clearPropertiesAsText(Map<String, Object> headers) {
        Map<String, Object> clear = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith("Blo") || name.startsWith("JMS") || name.startsWith("_AMQ")) {
                clear.put(name, value);
            }
        });
        return clear.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
    }
}
