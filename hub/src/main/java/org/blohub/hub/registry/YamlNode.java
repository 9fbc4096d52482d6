package org.blohub.hub.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value that remembers where it was written: its 1-based line and its field path such as
 * {@code offices[2].node}. Lets the registry checks name the exact line and field at fault.
 */
public sealed interface YamlNode {

    int line();

    String path();

    /** What kind of value this is, for messages like "expected a list, found a single value". */
    String description();

    record Scalar(int line, String path, Optional<String> text) implements YamlNode {
        @Override
        public String description() {
            return text.isPresent() ? "a single value" : "an empty value";
        }
    }

    record Sequence(int line, String path, List<YamlNode> items) implements YamlNode {
        @Override
        public String description() {
            return "a list";
        }
    }

    /** Entries in the order written; a duplicated key is reported by the reader, not kept. */
    record Mapping(int line, String path, Map<String, YamlNode> entries) implements YamlNode {
        @Override
        public String description() {
            return "a mapping";
        }
    }
}
