package org.blohub.hub.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Runs {@code verify-log} as the command line does and keeps what it printed, for tests in other packages. */
public final class VerifyLogRun {

    /** The exit code (0 verified, 1 not verified, 2 could not run) and the verdict lines. */
    public record Result(int exitCode, String output) {
    }

    private VerifyLogRun() {
    }

    public static Result of(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exitCode = new CommandLine(new VerifyLogCommand(outStream, errStream)).execute(arguments);
        }
        String errors = err.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("\r") && !line.startsWith("entries ["))
                .filter(line -> !line.isBlank())
                .reduce("", (a, b) -> a + b + "\n");
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8) + errors);
    }
}
