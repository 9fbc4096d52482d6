package org.blohub.hub.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A registry could not be used: its signature was refused, it could not be read, or its content
 * is malformed. The message names the file and the reason; for malformed content it lists every
 * problem with its line and field, e.g.
 * {@code registry.yaml line 14, field offices[2].node: node 'LX' is not declared in nodes}.
 */
public final class RegistryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final transient List<RegistryProblem> problems;

    private RegistryException(Path file, String message, List<RegistryProblem> problems, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    static RegistryException malformed(Path file, List<RegistryProblem> problems) {
        String message = problems.stream()
                .map(problem -> fileName(file) + " " + problem.describe())
                .collect(Collectors.joining("\n"));
        return new RegistryException(file, message, problems, null);
    }

    static RegistryException refused(Path file, String reason, Throwable cause) {
        return new RegistryException(file, file + ": " + reason, List.of(), cause);
    }

    static RegistryException refused(Path file, String reason) {
        return refused(file, reason, null);
    }

    /** The file at fault: the registry, its signature file, or the template being published. */
    public Path file() {
        return file;
    }

    /** Each problem with line and field when the content is malformed; empty for other failures. */
    public List<RegistryProblem> problems() {
        return problems;
    }

    private static String fileName(Path file) {
        return String.valueOf(file.getFileName());
    }
}
