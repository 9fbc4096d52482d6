package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.blohub.hub.registry.RegistryDraft;
import org.blohub.hub.registry.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code registry diff OLD NEW}: one line per node, office, agreement or key added, removed or changed.
 * Exit 0 when the versions say the same, 1 when they differ, 2 when a file cannot be read.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two registry versions: offices, agreements, nodes and keys added, removed, changed.")
final class DiffRegistryCommand implements Callable<Integer> {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier registry (template or published)")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later registry (template or published)")
    Path newer;

    private final PrintStream out;
    private final PrintStream err;

    DiffRegistryCommand() {
        this(System.out, System.err);
    }

    DiffRegistryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            List<String> changes = RegistryComparison.between(tree(older), tree(newer));
            changes.forEach(out::println);
            return changes.isEmpty() ? 0 : 1;
        } catch (RegistryException | CommandInputException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static JsonNode tree(Path file) throws RegistryException, CommandInputException {
        try {
            JsonNode root = YAML.readTree(RegistryDraft.read(file).content());
            if (!root.isObject()) {
                throw new CommandInputException(file + ": is not a registry (a YAML mapping); check it with"
                        + " registry validate");
            }
            return root;
        } catch (JacksonException e) {
            throw new CommandInputException(file + ": is not valid YAML; check it with registry validate ("
                    + e.getOriginalMessage() + ")", e);
        }
    }
}
