package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.blohub.hub.security.CallerRole;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code users add --node TH --role OFFICER|COORDINATOR|AUDITOR|ADMIN --office TH-MAESAI --user NAME}: adds an account with a
 * generated password, printed once; the callers file keeps only its bcrypt hash.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an officer, auditor or administrator; prints a generated password once.")
final class AddUserCommand implements Callable<Integer> {

    enum AccountRole {
        OFFICER, COORDINATOR, AUDITOR, ADMIN
    }

    @Mixin
    NodeFilesOptions files;

    @Option(names = "--role", required = true, description = "OFFICER, COORDINATOR, AUDITOR or ADMIN")
    AccountRole role;

    @Option(names = "--office", required = true, description = "The office the account belongs to, hosted by the node")
    String office;

    @Option(names = "--user", required = true, description = "Sign-in name: lower-case letters, digits, - and _")
    String user;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    AddUserCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    AddUserCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            if (!CallersFile.NAME.matcher(user).matches()) {
                throw new CommandInputException("user name '" + user + "' must match " + CallersFile.NAME.pattern());
            }
            HostedOffices.of(files.material(), clock).requireHosted(office);
            CallersFile callers = CallersFile.read(files.material(), OperatorName.current());
            if (callers.hasOfficer(user)) {
                throw new CommandInputException("user " + user + " already exists on node " + files.node
                        + "; names are never reused, even of disabled accounts");
            }
            String password = RandomSecret.password();
            callers.addOfficer(user, office, CallerRole.valueOf(role.name()),
                    "{bcrypt}" + new BCryptPasswordEncoder().encode(password), clock.instant());
            out.println("added " + role + " " + user + " of " + office + " on node " + files.node
                    + " (active after the node's next start)");
            out.println("password " + password);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
