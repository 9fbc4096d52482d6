package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blohub.hub.registry.NetworkOutline;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.RegistryDraft;
import org.blohub.hub.registry.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code registry validate FILE [--root ROOT.pem]}: checks a template or a published registry as a node would,
 * printing every problem with file, line and field. Exit 0 when valid, 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a registry template or published registry; print every problem with line and field.")
final class ValidateRegistryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The registry template or published registry.yaml")
    Path file;

    @Option(names = "--root", paramLabel = "ROOT.pem",
            description = "Regional root certificate(s), PEM; needed to check a published registry's certificates")
    Path root;

    private final PrintStream out;
    private final PrintStream err;

    ValidateRegistryCommand() {
        this(System.out, System.err);
    }

    ValidateRegistryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            RegistryDraft draft = RegistryDraft.read(file);
            if (draft.isPublishedForm()) {
                if (root == null) {
                    err.println(file + ": a published registry carries certificates; pass --root with the regional"
                            + " root certificate to check them");
                    return 1;
                }
                NetworkRegistry registry = draft.checkPublished(RootCertificates.read(root));
                out.println(file + ": valid published registry, serial " + registry.serial() + ", "
                        + registry.nodes().size() + " nodes, " + registry.offices().size() + " offices, "
                        + registry.agreements().size() + " agreements");
            } else {
                NetworkOutline outline = draft.checkTemplate();
                out.println(file + ": valid template, " + outline.nodeCountries().size() + " nodes, "
                        + outline.officeNodes().size() + " offices");
            }
            return 0;
        } catch (RegistryException | CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
