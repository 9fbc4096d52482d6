package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.CertificateAuthority;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki create-root --organization ORG --name CN --out DIR}: the regional trust anchor, self-signed, EC P-384,
 * ten years. Its {@code ca.pem} becomes every node's {@code pki/root.pem}.
 */
@Command(name = "create-root", mixinStandardHelpOptions = true,
        description = "Create the regional root CA (EC P-384, 10 years) that every node trusts.")
final class CreateRootCommand implements Callable<Integer> {

    @Option(names = "--organization", required = true, description = "O of the root and of everything under it")
    String organization;

    @Option(names = "--name", required = true, description = "CN of the root, e.g. \"Mekong BLO Root CA\"")
    String commonName;

    @Mixin
    NewCaFiles files;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    CreateRootCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    CreateRootCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            PkiNames.requireDisplayName("--organization", organization);
            PkiNames.requireDisplayName("--name", commonName);
            char[] password = files.prepare();
            files.write(CertificateAuthority.createRegionalRoot(organization, commonName, clock), password, out);
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
