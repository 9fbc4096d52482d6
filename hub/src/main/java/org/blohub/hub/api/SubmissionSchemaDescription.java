package org.blohub.hub.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema as OpenAPI component schemas: {@value #SUBMISSION} (the message without the members the node
 * assigns) and one component per definition of the schema, its references rewritten to point at them.
 */
final class SubmissionSchemaDescription {

    static final String SUBMISSION = "LiaisonMessageSubmission";
    private static final String DEFINITIONS_PREFIX = "LiaisonMessage_";
    private static final List<String> ASSIGNED_BY_NODE = List.of("id", "from", "createdAt");
    /** Required in a message, but a submission may leave them out: the node fills in their defaults. */
    private static final List<String> DEFAULTED_BY_NODE = List.of("conversationId", "entities", "attachments");

    private final Map<String, Schema<?>> components;

    SubmissionSchemaDescription(PublishedSchema published) {
        ObjectNode root = (ObjectNode) published.tree();
        rewriteReferences(root);
        root.remove("$schema");
        root.remove("$id");
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        JsonNode definitions = root.remove("$defs");
        if (definitions != null) {
            definitions.properties().forEach(definition ->
                    schemas.put(DEFINITIONS_PREFIX + definition.getKey(), schemaOf(definition.getValue())));
        }
        ObjectNode properties = (ObjectNode) root.get("properties");
        ASSIGNED_BY_NODE.forEach(properties::remove);
        ArrayNode required = (ArrayNode) root.get("required");
        List<JsonNode> stillRequired = new ArrayList<>();
        required.forEach(name -> {
            if (!ASSIGNED_BY_NODE.contains(name.asString()) && !DEFAULTED_BY_NODE.contains(name.asString())) {
                stillRequired.add(name);
            }
        });
        required.removeAll();
        required.addAll(stillRequired);
        root.put("title", SUBMISSION);
        root.put("description", "A LiaisonMessage as submitted: without id, from and createdAt, which the node "
                + "assigns; conversationId defaults to a new conversation, entities and attachments to none. With "
                + "operationGroup, 'to' may be empty or left out: the node adds the group's members. The node "
                + "validates it against docs/schema/liaison-message.schema.json, then checks the rules the schema "
                + "cannot express (see LiaisonMessageValidator).");
        schemas.put(SUBMISSION, schemaOf(root));
        this.components = Map.copyOf(schemas);
    }

    /** The component schemas by name, {@value #SUBMISSION} among them. */
    Map<String, Schema<?>> components() {
        return components;
    }

    private static void rewriteReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode reference = object.get("$ref");
            if (reference != null && reference.isString() && reference.asString().startsWith("#/$defs/")) {
                object.put("$ref", "#/components/schemas/" + DEFINITIONS_PREFIX
                        + reference.asString().substring("#/$defs/".length()));
            }
            object.values().forEach(SubmissionSchemaDescription::rewriteReferences);
        } else if (node instanceof ArrayNode array) {
            array.values().forEach(SubmissionSchemaDescription::rewriteReferences);
        }
    }

    private static Schema<?> schemaOf(JsonNode node) {
        try {
            return Json31.mapper().readValue(node.toString(), Schema.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PublishedSchema.PublishedSchemaUnreadableException("not an OpenAPI 3.1 schema: " + e.getMessage(), e);
        }
    }
}
