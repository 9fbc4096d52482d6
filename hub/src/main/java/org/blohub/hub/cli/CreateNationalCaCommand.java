package org.blohub.hub.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.blohub.crypto.pki.CertificateAuthority;
import org.blohub.crypto.pki.PkiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pki create-ca --ca-key ROOT --country TH --name CN --out DIR}: a national CA (EC P-256, ten years, path
 * length 0) issued by the regional root.
 */
@Command(name = "create-ca", mixinStandardHelpOptions = true,
        description = "Create a country's national CA (EC P-256, 10 years), issued by the regional root given with --ca-key.")
final class CreateNationalCaCommand implements Callable<Integer> {

    @Mixin
    CaOptions root;

    @Option(names = "--country", required = true, description = "ISO 3166 alpha-2 code, e.g. TH")
    String country;

    @Option(names = "--name", required = true, description = "CN of the national CA, e.g. \"BLO Hub TH National CA\"")
    String commonName;

    @Mixin
    NewCaFiles files;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    CreateNationalCaCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    CreateNationalCaCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        try {
            PkiNames.requireCountry("--country", country);
            PkiNames.requireDisplayName("--name", commonName);
            CertificateAuthority regionalRoot = root.open(clock);
            if (!PkiNames.isSelfSigned(regionalRoot.certificate())) {
                throw new CommandInputException(root.keyFile + ": is not a root CA; a national CA is issued by the"
                        + " regional root (its ca.key.pem from create-root)");
            }
            char[] password = files.prepare();
            CertificateAuthority national;
            try {
                national = regionalRoot.createNationalCa(commonName, country);
            } catch (PkiException e) {
                throw new CommandInputException(root.keyFile + ": cannot issue the national CA: " + e.getMessage(), e);
            }
            files.write(national, password, out);
            out.println("add the root's CRL and this CA's " + files.directory.resolve(CaOptions.CRL_FILE_NAME)
                    + " to every node's pki/crls.pem (pki crl --crls FILE does it)");
            return 0;
        } catch (CommandInputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
