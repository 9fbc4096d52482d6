package org.blohub.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code users add|disable|token}: manages a node's officers, auditors, administrators and API tokens in its
 * callers file. The node reads that file at start and then records each change as an ADMIN audit event.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {AddUserCommand.class, DisableUserCommand.class, TokenCommand.class},
        description = "Add and disable accounts and issue and revoke API tokens of a node (applied at its next start).")
public final class UsersCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add, disable or token");
    }
}
