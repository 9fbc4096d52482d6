package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code users disable --node TH NAME}: the account stays in the callers file, dated, and can no longer sign in. */
@Command(name = "disable", mixinStandardHelpOptions = true,
        description = "Disable an account; it is kept with its history and refused at sign-in.")
final class DisableUserCommand implements Callable<Integer> {

    @Mixin
    NodeFilesOptions files;

    @Parameters(paramLabel = "NAME", description = "The account's sign-in name")
    String user;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    DisableUserCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    DisableUserCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            CallersFile callers = CallersFile.read(files.material(), OperatorName.current());
            if (!callers.hasOfficer(user)) {
                throw new CommandInputException("node " + files.node + " has no user " + user);
            }
            Optional<String> since = callers.disabledAt(user);
            if (since.isPresent()) {
                out.println("user " + user + " was already disabled at " + since.get());
                return 0;
            }
            callers.disableOfficer(user, clock.instant());
            out.println("disabled " + user + " on node " + files.node + " (refused at sign-in after the node's next start)");
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
