package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.blohub.hub.security.CallerDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code users token issue --node TH --office TH-MAESAI [--id ID]}: a bearer token for a national system, printed
 * once with its id; the callers file keeps its SHA-256.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue an API token bound to an office; prints its id and the token once.")
final class IssueTokenCommand implements Callable<Integer> {

    @Mixin
    NodeFilesOptions files;

    @Option(names = "--office", required = true, description = "The office the token sends and reads for")
    String office;

    @Option(names = "--id", description = "The token's id (default: <office>-<random>)")
    String id;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    IssueTokenCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    IssueTokenCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            String tokenId = id != null ? id
                    : office.toLowerCase(Locale.ROOT) + "-" + RandomSecret.password().substring(0, 6).toLowerCase(Locale.ROOT);
            if (!CallersFile.NAME.matcher(tokenId).matches()) {
                throw new CommandInputException("token id '" + tokenId + "' must match " + CallersFile.NAME.pattern());
            }
            HostedOffices.of(files.material(), clock).requireHosted(office);
            CallersFile callers = CallersFile.read(files.material(), OperatorName.current());
            if (callers.hasToken(tokenId)) {
                throw new CommandInputException("token " + tokenId + " already exists on node " + files.node
                        + "; ids are never reused, even of revoked tokens");
            }
            String token = RandomSecret.token();
            callers.addToken(tokenId, office, HexFormat.of().formatHex(CallerDirectory.sha256(token)), clock.instant());
            out.println("issued token " + tokenId + " for " + office + " on node " + files.node
                    + " (valid after the node's next start)");
            out.println("token " + token);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
