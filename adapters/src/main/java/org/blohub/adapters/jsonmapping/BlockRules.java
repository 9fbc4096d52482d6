package org.blohub.adapters.jsonmapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mapping of a JSON object to a person or to an identity document: {@code at} is the pointer to the
 * object; each entry of {@code fields} names a canonical field (role, nameOriginal, nameLatin, ...; kind,
 * number, issuingCountry, expiresOn); {@code documents} are the person's identity documents.
 */
record BlockRules(String at, boolean optional, Map<String, FieldRule> fields, List<BlockRules> documents) {

    BlockRules {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    Optional<FieldRule> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
