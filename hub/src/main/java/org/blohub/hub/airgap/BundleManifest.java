package org.blohub.hub.airgap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.broker.BloHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed table of contents of a bundle ({@value #FILE}): which node made it for which node, when, under which
 * id, and every envelope it carries with its size, SHA-256 and clear JMS properties. Format: docs/protocol.md,
 * "Air-gap bundles".
 */
record BundleManifest(String bundleId, String fromNode, String toNode, Instant createdAt, List<BundleEntry> entries) {

    static final String FILE = "manifest.json";
    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    BundleManifest {
        Objects.requireNonNull(bundleId, "bundleId");
        Objects.requireNonNull(fromNode, "fromNode");
        Objects.requireNonNull(toNode, "toNode");
        Objects.requireNonNull(createdAt, "createdAt");
        entries = List.copyOf(entries);
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("bundle", VERSION);
        root.put("bundleId", bundleId);
        root.put("fromNode", fromNode);
        root.put("toNode", toNode);
        root.put("createdAt", createdAt.toString());
        ArrayNode list = root.putArray("envelopes");
        for (BundleEntry entry : entries) {
            ObjectNode item = list.addObject();
            item.put("file", entry.file());
            item.put("size", entry.size());
            item.put("sha256", entry.sha256());
            EnvelopeRouting routing = entry.routing();
            ObjectNode properties = item.putObject("properties");
            properties.put(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
            properties.put(BloHeaders.MESSAGE_ID, routing.messageId());
            properties.put(BloHeaders.FROM_OFFICE, routing.fromOffice());
            properties.put(BloHeaders.TO_OFFICES, routing.toOffices());
            properties.put(BloHeaders.FROM_NODE, routing.fromNode());
            properties.put(BloHeaders.TO_NODE, routing.toNode());
            properties.put(BloHeaders.KIND, routing.kind());
            properties.put(BloHeaders.PRIORITY, routing.priority());
            properties.put("JMSPriority", routing.jmsPriority());
            properties.put("JMSExpiration", routing.expiration());
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest, refusing ({@link BundleRefusal#MALFORMED}) one with a member missing or of the wrong type. */
    static BundleManifest parse(byte[] json) throws BundleRefusedException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + " is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + " is not a JSON object");
        }
        if (!root.path("bundle").isInt() || root.path("bundle").intValue() != VERSION) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + ": \"bundle\" must be " + VERSION
                    + ", the only bundle format version this node reads");
        }
        String bundleId = text(root, "bundleId", FILE);
        if (!MessageIds.isUlid(bundleId)) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + ": bundleId is not a ULID");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt", FILE));
        } catch (DateTimeParseException e) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + ": createdAt is not an ISO-8601 instant", e);
        }
        JsonNode list = root.path("envelopes");
        if (!list.isArray()) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, FILE + ": \"envelopes\" must be an array");
        }
        List<BundleEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(list.get(i), FILE + " envelopes[" + i + "]"));
        }
        return new BundleManifest(bundleId, text(root, "fromNode", FILE), text(root, "toNode", FILE), createdAt,
                entries);
    }

    private static BundleEntry entry(JsonNode item, String where) throws BundleRefusedException {
        JsonNode properties = item.path("properties");
        String propertiesWhere = where + ".properties";
        EnvelopeRouting routing = new EnvelopeRouting(text(properties, BloHeaders.MESSAGE_ID, propertiesWhere),
                text(properties, BloHeaders.FROM_OFFICE, propertiesWhere),
                text(properties, BloHeaders.TO_OFFICES, propertiesWhere),
                text(properties, BloHeaders.FROM_NODE, propertiesWhere),
                text(properties, BloHeaders.TO_NODE, propertiesWhere),
                text(properties, BloHeaders.KIND, propertiesWhere),
                text(properties, BloHeaders.PRIORITY, propertiesWhere),
                (int) number(properties, "JMSPriority", propertiesWhere),
                number(properties, "JMSExpiration", propertiesWhere));
        return new BundleEntry(text(item, "file", where), number(item, "size", where), text(item, "sha256", where),
                routing);
    }

    private static String text(JsonNode node, String member, String where) throws BundleRefusedException {
        JsonNode value = node.path(member);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, where + ": \"" + member
                    + "\" is missing or not a string");
        }
        return value.stringValue();
    }

    private static long number(JsonNode node, String member, String where) throws BundleRefusedException {
        JsonNode value = node.path(member);
        if (!value.isIntegralNumber() || value.longValue() < 0) {
            throw new BundleRefusedException(BundleRefusal.MALFORMED, where + ": \"" + member
                    + "\" is missing or not a non-negative integer");
        }
        return value.longValue();
    }
}
