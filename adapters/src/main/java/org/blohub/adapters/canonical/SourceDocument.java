package org.blohub.adapters.canonical;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a message came from when a national system posted it: the system, its document format and
 * version, the system's own reference for the document (RequestNo, alertId, Message-ID, file and line)
 * and any further national references (CaseRef...) as free key/value pairs, so that the answer can be
 * filed against the right national case.
 */
public record SourceDocument(
        String system,
        Optional<String> format,
        Optional<String> formatVersion,
        Optional<String> reference,
        @JsonProperty(required = true) SortedMap<String, String> nationalReferences) {

    public SourceDocument {
        MissingFieldException.requirePresent(system, "system");
        format = Objects.requireNonNullElse(format, Optional.empty());
        formatVersion = Objects.requireNonNullElse(formatVersion, Optional.empty());
        reference = Objects.requireNonNullElse(reference, Optional.empty());
        nationalReferences = MissingFieldException.requireValues(nationalReferences, "nationalReferences");
    }

    public static SourceDocument of(String system, String format, String reference, Map<String, String> nationalReferences) {
        return new SourceDocument(system, Optional.of(format), Optional.empty(), Optional.of(reference),
                new TreeMap<>(nationalReferences));
    }

    public SourceDocument withFormatVersion(String version) {
        return new SourceDocument(system, format, Optional.of(version), reference, nationalReferences);
    }
}
