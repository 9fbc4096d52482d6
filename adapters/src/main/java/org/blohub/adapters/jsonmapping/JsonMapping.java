package org.blohub.adapters.jsonmapping;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.blohub.adapters.canonical.DocumentKind;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.Sex;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A declarative mapping from one JSON-speaking national system to the canonical message (the language is
 * described in docs/adapters.md). Checked completely when read: unknown keys, malformed pointers,
 * patterns, zones and values that are not canonical codes refuse the mapping with the key concerned.
 */
record JsonMapping(String format, String system, Optional<String> reference, Map<String, FieldRule> message,
        Map<String, FieldRule> nationalReferences, List<BlockRules> persons) {

    static final Set<String> MESSAGE_FIELDS = Set.of("kind", "createdAt", "replyBy", "expiresAt", "from", "to", "priority",
            "handling", "restrictionText", "language", "subject", "body", "conversationId", "inReplyTo");
    static final Set<String> PERSON_FIELDS = Set.of("role", "nameOriginal", "nameLatin", "familyNameLatin", "givenNameLatin",
            "birthDate", "sex", "nationality");
    static final Set<String> DOCUMENT_FIELDS = Set.of("kind", "number", "issuingCountry", "expiresOn");
    private static final Set<String> TOP_KEYS = Set.of("format", "system", "reference", "message", "nationalReferences", "persons");
    private static final Set<String> RULE_KEYS = Set.of("pointer", "constant", "join", "values", "time", "zone", "date", "optional");
    private static final Set<String> TIME_KINDS = Set.of("epoch-millis", "epoch-seconds", "iso-instant");

    static JsonMapping parse(String yaml, String name) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidMappingException(name, "", "not readable YAML (" + e.getOriginalMessage() + ")");
        }
        return new Reader(name).mapping(root);
    }

    /** Reads the tree, naming the key path of every problem. */
    private record Reader(String name) {

        JsonMapping mapping(JsonNode root) {
            object(root, "");
            keys(root, "", TOP_KEYS);
            Map<String, FieldRule> message = rules(root.path("message"), "message", MESSAGE_FIELDS);
            for (String required : List.of("createdAt", "subject", "body")) {
                if (!message.containsKey(required)) {
                    throw new InvalidMappingException(name, "message." + required, "required: the canonical message needs it");
                }
                if (message.get(required).optional()) {
                    throw new InvalidMappingException(name, "message." + required, "cannot be optional: the canonical message needs it");
                }
            }
            checkCodes(message, "message", Map.of("kind", names(MessageKind.values()), "priority", names(Priority.values()),
                    "handling", names(HandlingCode.values())));
            List<BlockRules> persons = new ArrayList<>();
            JsonNode personNodes = root.path("persons");
            for (int i = 0; i < personNodes.size(); i++) {
                persons.add(block(personNodes.get(i), "persons[" + i + "]", PERSON_FIELDS, true));
            }
            Optional<String> reference = text(root.path("reference"), "reference");
            reference.ifPresent(pointer -> pointer(pointer, "reference"));
            return new JsonMapping(requiredText(root, "format"), requiredText(root, "system"), reference, message,
                    rules(root.path("nationalReferences"), "nationalReferences", null), persons);
        }

        private BlockRules block(JsonNode node, String path, Set<String> fieldNames, boolean person) {
            object(node, path);
            Map<String, FieldRule> fields = new LinkedHashMap<>();
            List<BlockRules> documents = new ArrayList<>();
            String at = requiredText(node, path, "at");
            pointer(at, path + ".at");
            boolean optional = node.path("optional").asBoolean(false);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                if (key.equals("at") || key.equals("optional")) {
                    continue;
                }
                if (person && key.equals("documents")) {
                    for (int i = 0; i < entry.getValue().size(); i++) {
                        documents.add(block(entry.getValue().get(i), path + ".documents[" + i + "]", DOCUMENT_FIELDS, false));
                    }
                } else if (fieldNames.contains(key)) {
                    fields.put(key, rule(entry.getValue(), path + "." + key));
                } else {
                    throw new InvalidMappingException(name, path + "." + key, "unknown field; known: " + new TreeSet<>(fieldNames));
                }
            }
            String required = person ? "nameOriginal" : "number";
            if (!fields.containsKey(required)) {
                throw new InvalidMappingException(name, path + "." + required, "required: the canonical " + (person ? "person" : "document") + " needs it");
            }
            checkCodes(fields, path, person ? Map.of("role", names(PersonRole.values()), "sex", names(Sex.values()))
                    : Map.of("kind", names(DocumentKind.values())));
            return new BlockRules(at, optional, fields, documents);
        }

        private Map<String, FieldRule> rules(JsonNode node, String path, Set<String> allowed) {
            Map<String, FieldRule> rules = new LinkedHashMap<>();
            if (node.isMissingNode()) {
                return rules;
            }
            object(node, path);
            if (allowed != null) {
                keys(node, path, allowed);
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                rules.put(entry.getKey(), rule(entry.getValue(), path + "." + entry.getKey()));
            }
            return rules;
        }

        private FieldRule rule(JsonNode node, String path) {
            object(node, path);
            keys(node, path, RULE_KEYS);
            Optional<String> pointer = text(node.path("pointer"), path + ".pointer");
            Optional<String> constant = text(node.path("constant"), path + ".constant");
            List<String> join = new ArrayList<>();
            node.path("join").forEach(p -> join.add(p.asString()));
            int sources = (pointer.isPresent() ? 1 : 0) + (constant.isPresent() ? 1 : 0) + (join.isEmpty() ? 0 : 1);
            if (sources != 1) {
                throw new InvalidMappingException(name, path, "give exactly one of pointer, constant, join");
            }
            pointer.ifPresent(p -> pointer(p, path + ".pointer"));
            join.forEach(p -> pointer(p, path + ".join"));
            Map<String, String> values = new LinkedHashMap<>();
            node.path("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
            Optional<String> time = text(node.path("time"), path + ".time");
            Optional<String> zone = text(node.path("zone"), path + ".zone");
            Optional<String> date = text(node.path("date"), path + ".date");
            time.filter(t -> !TIME_KINDS.contains(t)).ifPresent(pattern -> {
                pattern(pattern, path + ".time");
                if (zone.isEmpty()) {
                    throw new InvalidMappingException(name, path + ".zone", "a time pattern needs the zone it is written in");
                }
            });
            zone.ifPresent(z -> {
                try {
                    ZoneId.of(z);
                } catch (DateTimeException e) {
                    throw new InvalidMappingException(name, path + ".zone", "not a time zone id such as Asia/Phnom_Penh");
                }
            });
            date.ifPresent(pattern -> pattern(pattern, path + ".date"));
            return new FieldRule(pointer, constant, join, values, time, zone, date, node.path("optional").asBoolean(false));
        }

        private void checkCodes(Map<String, FieldRule> rules, String path, Map<String, Set<String>> codes) {
            codes.forEach((field, allowed) -> {
                FieldRule rule = rules.get(field);
                if (rule == null) {
                    return;
                }
                List<String> produced = new ArrayList<>(rule.values().values());
                rule.constant().ifPresent(produced::add);
                for (String value : produced) {
                    if (!allowed.contains(value)) {
                        throw new InvalidMappingException(name, path + "." + field, value + " is not one of " + new TreeSet<>(allowed));
                    }
                }
            });
        }

        private void pointer(String pointer, String path) {
            try {
                JsonPointer.compile(pointer);
            } catch (IllegalArgumentException e) {
                throw new InvalidMappingException(name, path, "not a JSON Pointer (RFC 6901), e.g. /subject/dob");
            }
        }

        private void pattern(String pattern, String path) {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw new InvalidMappingException(name, path, "not a date/time pattern such as dd/MM/yyyy HH:mm");
            }
        }

        private void object(JsonNode node, String path) {
            if (!node.isObject()) {
                throw new InvalidMappingException(name, path, "must be a map of keys to values");
            }
        }

        private void keys(JsonNode node, String path, Set<String> allowed) {
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw new InvalidMappingException(name, path.isEmpty() ? key : path + "." + key,
                            "unknown key; known: " + new TreeSet<>(allowed));
                }
            }
        }

        private Optional<String> text(JsonNode node, String path) {
            if (node.isMissingNode() || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isValueNode()) {
                throw new InvalidMappingException(name, path, "must be a single value");
            }
            return Optional.of(node.asString());
        }

        private String requiredText(JsonNode node, String key) {
            return requiredText(node, "", key);
        }

        private String requiredText(JsonNode node, String path, String key) {
            String keyPath = path.isEmpty() ? key : path + "." + key;
            return text(node.path(key), keyPath).orElseThrow(() -> new InvalidMappingException(name, keyPath, "required"));
        }

        private static Set<String> names(Enum<?>[] values) {
            Set<String> names = new HashSet<>();
            for (Enum<?> value : values) {
                names.add(value.name());
            }
            return names;
        }
    }
}
