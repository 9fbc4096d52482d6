package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one YAML mapping, recording a problem with line and field path for every
 * field that is unknown, missing, of the wrong shape or of the wrong format.
 */
final class MappingFields {

    private final YamlNode.Mapping mapping;
    private final RegistryProblems problems;

    private MappingFields(YamlNode.Mapping mapping, RegistryProblems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Empty (with a problem recorded) when the node is not a mapping. */
    static Optional<MappingFields> of(YamlNode node, List<String> allowedFields, RegistryProblems problems) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.at(node, "expected a mapping with fields " + String.join(", ", allowedFields)
                    + ", found " + node.description());
            return Optional.empty();
        }
        mapping.entries().forEach((key, value) -> {
            if (!allowedFields.contains(key)) {
                problems.add(value.line(), value.path(),
                        "unknown field '" + key + "' (allowed here: " + String.join(", ", allowedFields) + ")");
            }
        });
        return Optional.of(new MappingFields(mapping, problems));
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    Optional<YamlNode> required(String field) {
        Optional<YamlNode> value = Optional.ofNullable(mapping.entries().get(field));
        if (value.isEmpty()) {
            problems.add(mapping.line(), pathOf(field), "required field is missing");
        } else if (value.get() instanceof YamlNode.Scalar scalar && scalar.text().isEmpty()) {
            problems.at(scalar, "required field has no value");
            return Optional.empty();
        }
        return value;
    }

    Optional<String> text(String field, Pattern format, String formatDescription) {
        return required(field).flatMap(node -> text(node, format, formatDescription, problems));
    }

    Optional<Integer> port(String field) {
        return text(field, Pattern.compile("\\d{1,5}"), "a port number from 1 to 65535")
                .flatMap(text -> {
                    int port = Integer.parseInt(text);
                    if (port < 1 || port > 65535) {
                        problems.at(mapping.entries().get(field), "port " + port + " is not from 1 to 65535");
                        return Optional.empty();
                    }
                    return Optional.of(port);
                });
    }

    <E extends Enum<E>> Optional<E> choice(String field, Class<E> choices) {
        return required(field).flatMap(node -> choice(node, choices, problems));
    }

    /** A required list with at least one item. */
    Optional<List<YamlNode>> list(String field) {
        return required(field).flatMap(node -> {
            if (!(node instanceof YamlNode.Sequence sequence)) {
                problems.at(node, "expected a list, found " + node.description());
                return Optional.empty();
            }
            if (sequence.items().isEmpty()) {
                problems.at(node, "the list must not be empty");
                return Optional.empty();
            }
            return Optional.of(sequence.items());
        });
    }

    Optional<X509Certificate> certificate(String field) {
        return text(field, Pattern.compile("(?s)\\s*-----BEGIN CERTIFICATE-----.*"), "a PEM certificate")
                .flatMap(pem -> {
                    try {
                        return Optional.of(CertificatePem.decode(pem));
                    } catch (IllegalArgumentException e) {
                        problems.at(mapping.entries().get(field), e.getMessage());
                        return Optional.empty();
                    }
                });
    }

    String pathOf(String field) {
        return mapping.path().isEmpty() ? field : mapping.path() + "." + field;
    }

    static Optional<String> text(YamlNode node, Pattern format, String formatDescription, RegistryProblems problems) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.text().isEmpty()) {
            problems.at(node, "expected " + formatDescription + ", found " + node.description());
            return Optional.empty();
        }
        String text = scalar.text().get();
        if (!format.matcher(text).matches()) {
            problems.at(node, "'" + abbreviated(text) + "' is not " + formatDescription);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static <E extends Enum<E>> Optional<E> choice(YamlNode node, Class<E> choices, RegistryProblems problems) {
        E[] constants = choices.getEnumConstants();
        String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.text().isEmpty()) {
            problems.at(node, "expected one of " + allowed + ", found " + node.description());
            return Optional.empty();
        }
        String text = scalar.text().get();
        Optional<E> match = Arrays.stream(constants).filter(constant -> constant.name().equals(text)).findFirst();
        if (match.isEmpty()) {
            problems.at(node, "'" + abbreviated(text) + "' is not one of " + allowed);
        }
        return match;
    }

    private static String abbreviated(String text) {
        String singleLine = text.strip().replaceAll("\\s+", " ");
        return singleLine.length() <= 40 ? singleLine : singleLine.substring(0, 37) + "...";
    }
}
