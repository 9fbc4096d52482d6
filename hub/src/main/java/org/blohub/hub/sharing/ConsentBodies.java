package org.blohub.hub.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes and reads the JSON bodies of CONSENT_REQUEST and CONSENT_REPLY messages (format in docs/protocol.md). */
@Component
class ConsentBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String write(ConsentTerms terms) {
        ObjectNode node = JSON.createObjectNode();
        node.put("consentRequest", 1);
        node.put("messageId", terms.messageId());
        terms.targets().forEach(node.putArray("targets")::add);
        terms.note().ifPresent(note -> node.put("note", note));
        terms.quoted().ifPresent(quoted -> {
            ObjectNode entities = node.putObject("quotedEntities");
            positions(entities, "persons", quoted.persons());
            positions(entities, "documents", quoted.documents());
            positions(entities, "vehicles", quoted.vehicles());
            positions(entities, "vessels", quoted.vessels());
            positions(entities, "seizures", quoted.seizures());
        });
        return JSON.writeValueAsString(node);
    }

    String write(ConsentAnswer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("consentReply", 1);
        node.put("requestId", answer.requestId());
        node.put("messageId", answer.messageId());
        node.put("decision", answer.decision().name());
        answer.reason().ifPresent(reason -> node.put("reason", reason));
        return JSON.writeValueAsString(node);
    }

    /** Empty unless the body is a version 1 consent request naming a message and at least one office. */
    Optional<ConsentTerms> readTerms(String body) {
        return tree(body).filter(node -> node.path("consentRequest").asInt() == 1).flatMap(node -> {
            List<String> targets = new ArrayList<>();
            node.path("targets").forEach(target -> targets.add(target.asString()));
            String messageId = node.path("messageId").asString("");
            if (messageId.isEmpty() || targets.isEmpty() || targets.stream().anyMatch(String::isEmpty)) {
                return Optional.empty();
            }
            return Optional.of(new ConsentTerms(messageId, targets, text(node, "note"), quoted(node)));
        });
    }

    /** Empty unless the body is a version 1 consent reply with a known decision. */
    Optional<ConsentAnswer> readAnswer(String body) {
        return tree(body).filter(node -> node.path("consentReply").asInt() == 1).flatMap(node -> {
            String decision = node.path("decision").asString("");
            String requestId = node.path("requestId").asString("");
            String messageId = node.path("messageId").asString("");
            if (requestId.isEmpty() || messageId.isEmpty()
                    || !(decision.equals("GRANTED") || decision.equals("REFUSED"))) {
                return Optional.empty();
            }
            return Optional.of(new ConsentAnswer(requestId, messageId, ConsentDecision.valueOf(decision),
                    text(node, "reason")));
        });
    }

    private static void positions(ObjectNode entities, String kind, List<Integer> positions) {
        if (!positions.isEmpty()) {
            positions.forEach(entities.putArray(kind)::add);
        }
    }

    private static Optional<EntitySelection> quoted(JsonNode node) {
        JsonNode entities = node.get("quotedEntities");
        if (entities == null || !entities.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new EntitySelection(read(entities, "persons"), read(entities, "documents"),
                read(entities, "vehicles"), read(entities, "vessels"), read(entities, "seizures")));
    }

    private static List<Integer> read(JsonNode entities, String kind) {
        List<Integer> positions = new ArrayList<>();
        entities.path(kind).forEach(position -> positions.add(position.asInt()));
        return positions;
    }

    private static Optional<JsonNode> tree(String body) {
        try {
            return Optional.of(JSON.readTree(body)).filter(JsonNode::isObject);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asString()) : Optional.empty();
    }
}
