package org.blohub.hub.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The structural contract of a submission: the published schema docs/schema/liaison-message.schema.json, compiled
 * once. {@link org.blohub.adapters.canonical.LiaisonMessageValidator} checks the rules the schema cannot express.
 */
@Component
class SubmissionSchema {

    private static final Map<String, FieldErrorCode> CODES = Map.ofEntries(
            Map.entry("required", FieldErrorCode.REQUIRED),
            Map.entry("minLength", FieldErrorCode.REQUIRED),
            Map.entry("minItems", FieldErrorCode.REQUIRED),
            Map.entry("maxLength", FieldErrorCode.TOO_LONG),
            Map.entry("maxItems", FieldErrorCode.TOO_LARGE),
            Map.entry("minimum", FieldErrorCode.OUT_OF_RANGE),
            Map.entry("maximum", FieldErrorCode.OUT_OF_RANGE),
            Map.entry("exclusiveMinimum", FieldErrorCode.OUT_OF_RANGE),
            Map.entry("exclusiveMaximum", FieldErrorCode.OUT_OF_RANGE),
            Map.entry("uniqueItems", FieldErrorCode.DUPLICATE),
            Map.entry("type", FieldErrorCode.INVALID_FORMAT),
            Map.entry("enum", FieldErrorCode.INVALID_FORMAT),
            Map.entry("const", FieldErrorCode.INVALID_FORMAT),
            Map.entry("pattern", FieldErrorCode.INVALID_FORMAT),
            Map.entry("format", FieldErrorCode.INVALID_FORMAT));
    /** Keywords whose error names a member of the object at the instance location rather than the object itself. */
    private static final Set<String> NAMING_A_MEMBER = Set.of("required", "additionalProperties", "unevaluatedProperties");

    private final Schema schema;

    SubmissionSchema(PublishedSchema published) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(published.tree());
    }

    /** The places where the document breaks the schema, one error per path and kind; empty if it conforms. */
    List<FieldError> check(JsonNode document) {
        Set<FieldError> errors = new LinkedHashSet<>();
        for (Error error : schema.validate(document)) {
            errors.add(fieldError(error));
        }
        return List.copyOf(errors);
    }

    private static FieldError fieldError(Error error) {
        String path = dotted(error.getInstanceLocation());
        if (NAMING_A_MEMBER.contains(error.getKeyword()) && error.getProperty() != null) {
            path = path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        FieldErrorCode code = CODES.getOrDefault(error.getKeyword(), FieldErrorCode.SCHEMA);
        return new FieldError(path, code, sentence(error));
    }

    /** "entities.persons[0].nameLatin" for the pointer /entities/persons/0/nameLatin, like the validator's paths. */
    private static String dotted(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static String sentence(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return "does not match the published schema (liaison-message.schema.json): " + message;
    }
}
