package org.blohub.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code users token issue|revoke}: API tokens of national systems, each bound to one office. */
@Command(name = "token", mixinStandardHelpOptions = true,
        subcommands = {IssueTokenCommand.class, RevokeTokenCommand.class},
        description = "Issue and revoke API tokens.")
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: issue or revoke");
    }
}
