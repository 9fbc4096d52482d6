package org.blohub.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code registry assemble|validate|sign|diff}: prepares a network registry offline, with the node's own checks. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        subcommands = {AssembleRegistryCommand.class, ValidateRegistryCommand.class, SignRegistryCommand.class, DiffRegistryCommand.class},
        description = "Assemble, validate, sign and compare network registry files (docs/registry.md).")
public final class RegistryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: assemble, validate, sign or diff");
    }
}
