package org.blohub.hub.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.blohub.adapters.canonical.CanonicalJson;
import org.blohub.crypto.merkle.MerkleHashes;
import org.blohub.hub.store.ImmutableBytes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Merkle leaf data of an audit event: the event together with its index in the log, written as RFC 8785
 * canonical JSON (see docs/audit.md, "Leaf encoding"). Because the leaf names its own index, a leaf moved to
 * another position no longer matches its position, and an auditor names the first misplaced index.
 */
final class AuditLeafJson {

    /** Value of the {@code v} member; a new leaf layout gets a new number. */
    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MEMBERS = List.of("action", "actor", "conversationId", "envelopeSha256", "from", "index",
            "messageId", "reasonCode", "remoteAddress", "target", "time", "to", "type", "v");

    private AuditLeafJson() {
    }

    static ImmutableBytes encode(long index, AuditEvent event) {
        if (index < 0) {
            throw new AuditLeafFormatException("an audit leaf index must not be negative: " + index);
        }
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("v", VERSION);
        leaf.put("index", index);
        leaf.put("time", event.time().toString());
        leaf.put("type", event.type().name());
        event.messageId().ifPresent(id -> leaf.put("messageId", id));
        event.conversationId().ifPresent(id -> leaf.put("conversationId", id));
        event.fromOffice().ifPresent(office -> leaf.put("from", office));
        ArrayNode to = leaf.putArray("to");
        event.toOffices().forEach(to::add);
        leaf.put("actor", event.actor());
        event.envelopeSha256().ifPresent(sha -> leaf.put("envelopeSha256", sha));
        event.reasonCode().ifPresent(code -> leaf.put("reasonCode", code));
        event.remoteAddress().ifPresent(address -> leaf.put("remoteAddress", address));
        event.action().ifPresent(name -> leaf.put("action", name));
        event.target().ifPresent(name -> leaf.put("target", name));
        return ImmutableBytes.copyOf(CanonicalJson.canonicalize(leaf));
    }

    static AuditRecord decode(byte[] leafBytes) {
        JsonNode root;
        try {
            root = JSON.readTree(leafBytes);
        } catch (JacksonException e) {
            throw new AuditLeafFormatException("audit leaf is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new AuditLeafFormatException("audit leaf is not a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!MEMBERS.contains(name)) {
                throw new AuditLeafFormatException("audit leaf has an unknown member \"" + name + "\"");
            }
        }
        if (requiredNumber(root, "v") != VERSION) {
            throw new AuditLeafFormatException("audit leaf has version " + root.get("v") + ", expected " + VERSION);
        }
        long index = requiredNumber(root, "index");
        if (index < 0) {
            throw new AuditLeafFormatException("an audit leaf index must not be negative: " + index);
        }
        AuditEvent event;
        try {
            event = new AuditEvent(
                    Instant.parse(requiredText(root, "time")),
                    AuditEventType.valueOf(requiredText(root, "type")),
                    optionalText(root, "messageId"),
                    optionalText(root, "conversationId"),
                    optionalText(root, "from"),
                    texts(root, "to"),
                    requiredText(root, "actor"),
                    optionalText(root, "envelopeSha256"),
                    optionalText(root, "reasonCode"),
                    optionalText(root, "remoteAddress"),
                    optionalText(root, "action"),
                    optionalText(root, "target"));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new AuditLeafFormatException("audit leaf " + index + " has an invalid time, type or office", e);
        }
        if (!Arrays.equals(encode(index, event).toByteArray(), leafBytes)) {
            throw new AuditLeafFormatException("audit leaf " + index
                    + " is not in the canonical form its content encodes to");
        }
        return new AuditRecord(index, event, ImmutableBytes.copyOf(leafBytes),
                ImmutableBytes.copyOf(MerkleHashes.leafHash(leafBytes)));
    }

    private static long requiredNumber(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new AuditLeafFormatException("audit leaf member \"" + name + "\" must be an integer");
        }
        return value.longValue();
    }

    private static String requiredText(JsonNode root, String name) {
        return optionalText(root, name)
                .orElseThrow(() -> new AuditLeafFormatException("audit leaf lacks the member \"" + name + "\""));
    }

    private static Optional<String> optionalText(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new AuditLeafFormatException("audit leaf member \"" + name + "\" must be a string");
        }
        return Optional.of(value.stringValue());
    }

    private static List<String> texts(JsonNode root, String name) {
        JsonNode value = root.get(name);
        if (value == null || !value.isArray()) {
            throw new AuditLeafFormatException("audit leaf member \"" + name + "\" must be an array");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new AuditLeafFormatException("audit leaf member \"" + name + "\" must hold strings");
            }
            texts.add(element.stringValue());
        }
        return texts;
    }
}
