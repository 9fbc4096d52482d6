package org.blohub.hub.pipeline;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes the JSON body of a RECEIPT message. */
@Component
class ReceiptCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String write(ReceiptContent receipt) {
        ObjectNode node = JSON.createObjectNode();
        node.put("receipt", 1);
        node.put("status", receipt.status());
        node.put("messageId", receipt.messageId());
        receipt.reasonCode().ifPresent(code -> node.put("reasonCode", code));
        receipt.reasonText().ifPresent(text -> node.put("reasonText", text));
        node.put("envelopeSha256", receipt.envelopeSha256());
        node.put("time", receipt.time().toString());
        return JSON.writeValueAsString(node);
    }

    Optional<ReceiptContent> read(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String status = node.path("status").asString();
            if (!status.equals(ReceiptContent.DELIVERED) && !status.equals(ReceiptContent.READ)
                    && !status.equals(ReceiptContent.REFUSED)) {
                return Optional.empty();
            }
            return Optional.of(new ReceiptContent(status, node.path("messageId").asString(),
                    optional(node, "reasonCode"), optional(node, "reasonText"),
                    node.path("envelopeSha256").asString(), Instant.parse(node.path("time").asString())));
        } catch (JacksonException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asString()) : Optional.empty();
    }
}
