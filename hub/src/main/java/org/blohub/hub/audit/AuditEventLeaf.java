package org.blohub.hub.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.blohub.adapters.canonical.CanonicalJson;
import org.blohub.hub.store.ImmutableBytes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data of one audit Merkle leaf: an event together with its index in the log, written as RFC 8785
 * canonical JSON (see docs/audit.md, "Leaf encoding"). Ids, offices, the actor and the envelope hash only;
 * never message content or personal names. Because the leaf names its own index, a leaf moved to another
 * position no longer matches its position, and an auditor names the first misplaced index.
 *
 * @param time the event time, truncated to the microsecond as the store keeps it
 */
public record AuditEventLeaf(
        long index,
        Instant time,
        AuditEventType type,
        Optional<String> messageId,
        Optional<String> conversationId,
        Optional<String> fromOffice,
        List<String> toOffices,
        String actor,
        Optional<String> envelopeSha256,
        Optional<String> reasonCode,
        Optional<String> remoteAddress,
        Optional<String> action,
        Optional<String> target) {

    /** Value of the {@code v} member; a new leaf layout gets a new number. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MEMBERS = List.of("action", "actor", "conversationId", "envelopeSha256", "from", "index",
            "messageId", "reasonCode", "remoteAddress", "target", "time", "to", "type", "v");

    public AuditEventLeaf {
        if (index < 0) {
            throw new AuditLeafFormatException("an audit leaf index must not be negative: " + index);
        }
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(fromOffice, "fromOffice");
        toOffices = List.copyOf(toOffices);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(envelopeSha256, "envelopeSha256");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }

    public static AuditEventLeaf of(long index, AuditEvent event) {
        return new AuditEventLeaf(index, event.time(), event.type(), event.messageId(), event.conversationId(),
                event.fromOffice(), event.toOffices(), event.actor(), event.envelopeSha256(), event.reasonCode(),
                event.remoteAddress(), event.action(), event.target());
    }

    /** The leaf data: RFC 8785 canonical JSON, UTF-8. */
    public ImmutableBytes canonicalJson() {
        ObjectNode leaf = JSON.createObjectNode();
        leaf.put("v", VERSION);
        leaf.put("index", index);
        leaf.put("time", time.toString());
        leaf.put("type", type.name());
        messageId.ifPresent(id -> leaf.put("messageId", id));
        conversationId.ifPresent(id -> leaf.put("conversationId", id));
        fromOffice.ifPresent(office -> leaf.put("from", office));
        ArrayNode to = leaf.putArray("to");
        toOffices.forEach(to::add);
        leaf.put("actor", actor);
        envelopeSha256.ifPresent(sha -> leaf.put("envelopeSha256", sha));
        reasonCode.ifPresent(code -> leaf.put("reasonCode", code));
        remoteAddress.ifPresent(address -> leaf.put("remoteAddress", address));
        action.ifPresent(name -> leaf.put("action", name));
        target.ifPresent(name -> leaf.put("target", name));
        return ImmutableBytes.copyOf(CanonicalJson.canonicalize(leaf));
    }

    /**
     * Reads leaf data back, refusing anything this class would not have written byte for byte: not
     * canonical JSON, unknown members, a missing required member or a wrong type.
     */
    public static AuditEventLeaf parse(byte[] leafBytes) {
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
        AuditEventLeaf leaf;
        try {
            leaf = new AuditEventLeaf(
                    requiredNumber(root, "index"),
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
            throw new AuditLeafFormatException("audit leaf has an invalid time or type", e);
        }
        if (!Arrays.equals(leaf.canonicalJson().toByteArray(), leafBytes)) {
            throw new AuditLeafFormatException("audit leaf " + leaf.index()
                    + " is not in the canonical form its content encodes to");
        }
        return leaf;
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
