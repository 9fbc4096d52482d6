package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code users token revoke --node TH ID}: the token's entry stays, dated, and no longer authenticates. */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token by its id.")
final class RevokeTokenCommand implements Callable<Integer> {

    @Mixin
    NodeFilesOptions files;

    @Parameters(paramLabel = "ID", description = "The token's id, as printed when it was issued")
    String id;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    RevokeTokenCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    RevokeTokenCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            CallersFile callers = CallersFile.read(files.material(), OperatorName.current());
            if (!callers.hasToken(id)) {
                throw new CommandInputException("node " + files.node + " has no token " + id);
            }
            Optional<String> since = callers.revokedAt(id);
            if (since.isPresent()) {
                out.println("token " + id + " was already revoked at " + since.get());
                return 0;
            }
            callers.revokeToken(id, clock.instant());
            out.println("revoked token " + id + " on node " + files.node + " (refused after the node's next start)");
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
