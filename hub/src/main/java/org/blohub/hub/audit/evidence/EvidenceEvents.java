package org.blohub.hub.audit.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code events.json}: the message's audit leaves with their inclusion proofs against one checkpoint.
 * Written compactly in a fixed member order; {@link #parse} refuses any other spelling of the same data.
 */
record EvidenceEvents(String messageId, long treeSize, List<EventEvidence> events) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One leaf: its index, its exact bytes and its RFC 9162 audit path. */
    record EventEvidence(long index, byte[] leaf, List<byte[]> inclusionProof) {
    }

    EvidenceEvents {
        events = List.copyOf(events);
    }

    byte[] encoded() {
        ObjectNode root = JSON.createObjectNode();
        root.put("messageId", messageId);
        root.put("treeSize", treeSize);
        ArrayNode array = root.putArray("events");
        for (EventEvidence event : events) {
            ObjectNode node = array.addObject();
            node.put("index", event.index());
            node.put("leaf", Base64.getEncoder().encodeToString(event.leaf()));
            ArrayNode proof = node.putArray("inclusionProof");
            event.inclusionProof().forEach(hash -> proof.add(Base64.getEncoder().encodeToString(hash)));
        }
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    static EvidenceEvents parse(byte[] encoded) {
        try {
            JsonNode root = JSON.readTree(encoded);
            List<EventEvidence> events = new ArrayList<>();
            for (JsonNode node : required(root, "events")) {
                List<byte[]> proof = new ArrayList<>();
                for (JsonNode hash : required(node, "inclusionProof")) {
                    proof.add(base64(hash));
                }
                events.add(new EventEvidence(required(node, "index").asLong(), base64(required(node, "leaf")), proof));
            }
            EvidenceEvents parsed = new EvidenceEvents(required(root, "messageId").asString(),
                    required(root, "treeSize").asLong(), events);
            if (!java.util.Arrays.equals(parsed.encoded(), encoded)) {
                throw new EvidenceException("events.json is not in the form the node writes");
            }
            return parsed;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new EvidenceException("events.json is not readable: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new EvidenceException("events.json lacks " + name);
        }
        return value;
    }

    private static byte[] base64(JsonNode node) {
        if (!node.isString()) {
            throw new EvidenceException("events.json holds a non-string where base64 is expected");
        }
        return Base64.getDecoder().decode(node.asString());
    }
}
