package org.blohub.hub.registry;

/**
 * One thing wrong in a registry file.
 *
 * @param line    1-based line in the file
 * @param field   path of the field, e.g. {@code offices[2].node} (list indexes start at 0)
 * @param message what is wrong, e.g. "node 'LX' is not declared in nodes"
 */
public record RegistryProblem(int line, String field, String message) {

    /** E.g. {@code line 14, field offices[2].node: node 'LX' is not declared in nodes}. */
    public String describe() {
        return "line " + line + ", field " + field + ": " + message;
    }
}
