package org.blohub.hub.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while reading one registry file (or another located YAML file, such as an
 * adapter configuration), so an administrator sees them all at once.
 */
public final class RegistryProblems {

    private final List<RegistryProblem> problems = new ArrayList<>();

    public void add(int line, String field, String message) {
        problems.add(new RegistryProblem(line, field, message));
    }

    public void at(YamlNode node, String message) {
        add(node.line(), node.path(), message);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny(Path file) throws RegistryException {
        if (!problems.isEmpty()) {
            List<RegistryProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(RegistryProblem::line));
            throw RegistryException.malformed(file, sorted);
        }
    }
}
