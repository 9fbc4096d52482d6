package org.blohub.hub.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a registry (template or published form): nodes, offices and agreements
 * added, removed or changed, and keys (certificates and audit verifier keys) added, removed or replaced.
 * One line per change, in registry order.
 */
final class RegistryComparison {

    private static final List<String> NODE_KEYS = List.of("tlsCertificate", "auditLogKey", "auditWitnessKey");
    private static final List<String> OFFICE_KEYS = List.of("signingCertificate", "encryptionCertificate");

    private final List<String> lines = new ArrayList<>();

    private RegistryComparison() {
    }

    static List<String> between(JsonNode older, JsonNode newer) {
        RegistryComparison comparison = new RegistryComparison();
        comparison.scalar("serial", older, newer);
        comparison.scalar("domain", older, newer);
        comparison.entries("national CA", "certificateAuthorities", "country", List.of("certificate"), older, newer);
        comparison.entries("node", "nodes", "name", NODE_KEYS, older, newer);
        comparison.entries("office", "offices", "id", OFFICE_KEYS, older, newer);
        comparison.entries("agreement", "agreements", "id", List.of(), older, newer);
        return List.copyOf(comparison.lines);
    }

    private void scalar(String field, JsonNode older, JsonNode newer) {
        JsonNode before = older.path(field);
        JsonNode after = newer.path(field);
        if (!before.equals(after)) {
            lines.add(field + " " + text(before) + " -> " + text(after));
        }
    }

    private void entries(String kind, String list, String idField, List<String> keyFields, JsonNode older,
            JsonNode newer) {
        Map<String, JsonNode> before = byId(older.path(list), idField);
        Map<String, JsonNode> after = byId(newer.path(list), idField);
        before.keySet().stream().filter(id -> !after.containsKey(id))
                .forEach(id -> lines.add(kind + " removed " + id));
        after.keySet().stream().filter(id -> !before.containsKey(id))
                .forEach(id -> lines.add(kind + " added " + id));
        after.forEach((id, entry) -> {
            if (before.containsKey(id)) {
                changed(kind, id, before.get(id), entry, keyFields);
            }
        });
    }

    private void changed(String kind, String id, JsonNode before, JsonNode after, List<String> keyFields) {
        Set<String> fields = new LinkedHashSet<>();
        before.propertyNames().forEach(fields::add);
        after.propertyNames().forEach(fields::add);
        List<String> changedFields = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = before.path(field);
            JsonNode now = after.path(field);
            if (old.equals(now)) {
                continue;
            }
            if (keyFields.contains(field)) {
                String change = old.isMissingNode() ? "added" : now.isMissingNode() ? "removed" : "changed";
                lines.add("key " + change + " " + kind + " " + id + " " + field);
            } else {
                changedFields.add(field);
            }
        }
        if (!changedFields.isEmpty()) {
            lines.add(kind + " changed " + id + ": " + String.join(", ", changedFields));
        }
    }

    private static Map<String, JsonNode> byId(JsonNode list, String idField) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        list.forEach(entry -> entries.put(text(entry.path(idField)), entry));
        return entries;
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "(none)" : value.asString();
    }
}
