package org.blohub.hub.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one YAML document into a {@link YamlNode} tree that keeps each value's line and path. */
public final class LocatedYamlReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final RegistryProblems problems;

    public LocatedYamlReader(RegistryProblems problems) {
        this.problems = problems;
    }

    /** The document's root, or empty when the YAML itself is broken (the problem is recorded). */
    public Optional<YamlNode> read(byte[] yaml) {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(1, "(document)", "the file is empty");
                return Optional.empty();
            }
            YamlNode root = readValue(parser, "");
            if (parser.nextToken() != null) {
                problems.add(line(parser), "(document)", "only one YAML document is allowed, found a second one");
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            TokenStreamLocation location = Optional.ofNullable(e.getLocation()).orElse(TokenStreamLocation.NA);
            problems.add(Math.max(location.getLineNr(), 1), "(document)", "not valid YAML: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private YamlNode readValue(JsonParser parser, String path) {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMapping(parser, path, line);
        }
        if (token == JsonToken.START_ARRAY) {
            return readSequence(parser, path, line);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.Scalar(line, path, Optional.empty());
        }
        return new YamlNode.Scalar(line, path, Optional.of(parser.getString()));
    }

    private YamlNode readMapping(JsonParser parser, String path, int line) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            String childPath = path.isEmpty() ? key : path + "." + key;
            parser.nextToken();
            YamlNode value = readValue(parser, childPath);
            if (entries.containsKey(key)) {
                problems.add(keyLine, childPath, "field is written twice (first on line " + entries.get(key).line() + ")");
            } else {
                entries.put(key, value);
            }
        }
        return new YamlNode.Mapping(line, path, entries);
    }

    private YamlNode readSequence(JsonParser parser, String path, int line) {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, path + "[" + items.size() + "]"));
        }
        return new YamlNode.Sequence(line, path, items);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
