package org.blohub.hub.audit.evidence;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-evidence BUNDLE.zip --trust ROOT.pem [--log-key VKEY] [--witness-key VKEY]}: checks a
 * message's evidence bundle offline. Exit code 0 when every verdict passes, 1 otherwise, 2 when the check
 * could not run (unreadable bundle file, root or key).
 */
@Command(name = "verify-evidence", mixinStandardHelpOptions = true,
        description = "Verify a message's evidence bundle offline against the trusted root certificate.")
public final class VerifyEvidenceCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The evidence bundle (ZIP) from GET /api/audit/messages/{id}/evidence")
    Path bundle;

    @Option(names = "--trust", required = true, description = "The regional root certificate(s), PEM")
    Path trust;

    @Option(names = "--log-key", description = "The node's audit verifier key from the registry (or a file holding it);"
            + " without it the key in the bundle is used and must be checked out of band")
    String logKey;

    @Option(names = "--witness-key", description = "A peer's witness verifier key (repeatable); its cosignature is required")
    List<String> witnessKeys = new ArrayList<>();

    private final PrintStream out;
    private final PrintStream err;

    public VerifyEvidenceCommand() {
        this(System.out, System.err);
    }

    public VerifyEvidenceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            List<NoteVerifierKey> witnesses = new ArrayList<>();
            for (String key : witnessKeys) {
                witnesses.add(NoteVerifierKey.parse(keyText(key)));
            }
            Optional<NoteVerifierKey> expectedLogKey = logKey == null ? Optional.empty()
                    : Optional.of(NoteVerifierKey.parse(keyText(logKey)));
            var roots = PemText.readCertificates(trust.toString(), Files.readAllBytes(trust));
            EvidenceReport report = new EvidenceBundleVerifier(roots, expectedLogKey, witnesses)
                    .verify(Files.readAllBytes(bundle));
            report.verdicts().forEach(out::println);
            out.println(report.verified() ? "VERIFIED" : "NOT VERIFIED");
            return report.verified() ? 0 : 1;
        } catch (NoteException | IOException | EvidenceException e) {
            err.println("verify-evidence could not run: " + e.getMessage());
            return 2;
        }
    }

    private static String keyText(String keyOrFile) throws IOException {
        Path file = Path.of(keyOrFile);
        return (Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.US_ASCII) : keyOrFile).strip();
    }
}
