package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki crl --ca-key CA [--crls FILE]}: signs the CA's next CRL (valid seven days) with every revocation so
 * far. Run it well within a week of the last one: a node treats a certificate whose CA's CRLs have all expired as
 * of unknown revocation status.
 */
@Command(name = "crl", mixinStandardHelpOptions = true,
        description = "Publish the CA's next CRL (valid 7 days) and optionally put it into a node's pki/crls.pem.")
final class PublishCrlCommand implements Callable<Integer> {

    @Mixin
    CaOptions ca;

    @Option(names = "--crls", paramLabel = "FILE", description = "A node's pki/crls.pem to put the new CRL into")
    Optional<Path> nodeCrls;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    PublishCrlCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    PublishCrlCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            CrlPublication.publish(ca, ca.open(clock), nodeCrls, out);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
