package org.blohub.hub.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.blohub.crypto.note.CheckpointVerifier;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.pki.PemFiles;
import org.blohub.crypto.pki.PkiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-log --url NODE --log-key VKEY [--since CHECKPOINT_FILE] [--save CHECKPOINT_FILE]}: verifies a
 * node's whole audit log through its audit API. Exit code 0 when every verdict passes, 1 otherwise, 2 when
 * the check could not run (node unreachable, bad key).
 */
@Command(name = "verify-log", mixinStandardHelpOptions = true,
        description = "Verify a node's audit log through its audit API (AUDITOR credentials).")
public final class VerifyLogCommand implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "The node's base URL, e.g. https://th.blohub.example")
    URI node;

    @Option(names = "--log-key", required = true,
            description = "The node's audit verifier key (<origin>+<id>+<key>), or a file holding it")
    String logKey;

    @Option(names = "--witness-key", description = "A peer's witness verifier key (repeatable); its cosignature is checked")
    List<String> witnessKeys = new ArrayList<>();

    @Option(names = "--since", description = "A checkpoint saved earlier; it must be a prefix of the current log")
    Path since;

    @Option(names = "--save", description = "Write the verified current checkpoint to this file")
    Path save;

    @Option(names = "--trust-root", paramLabel = "FILE",
            description = "PEM certificates to trust for an https URL besides the JVM's, e.g. the regional root pki/root.pem")
    Path trustRoot;

    @Option(names = "--user", defaultValue = "${env:BLO_AUDIT_USER}", description = "Auditor user (env BLO_AUDIT_USER)")
    String user;

    @Option(names = "--password", defaultValue = "${env:BLO_AUDIT_PASSWORD}",
            description = "Auditor password (env BLO_AUDIT_PASSWORD)")
    String password;

    private final PrintStream out;
    private final PrintStream err;

    public VerifyLogCommand() {
        this(System.out, System.err);
    }

    VerifyLogCommand(PrintStream out, PrintStream err) {
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
            CheckpointVerifier verifier = new CheckpointVerifier(NoteVerifierKey.parse(keyText(logKey)), witnesses);
            AuditApiClient api = trustRoot == null
                    ? new AuditApiClient(node, user == null ? "" : user, password == null ? "" : password)
                    : new AuditApiClient(node, user == null ? "" : user, password == null ? "" : password,
                            Duration.ofMinutes(2), AuditApiTls.trusting(PemFiles.readCertificates(trustRoot)));
            Optional<String> saved = since == null ? Optional.empty()
                    : Optional.of(Files.readString(since, StandardCharsets.UTF_8));
            RemoteLogVerification.Report report = new RemoteLogVerification(api, verifier, err).verify(saved);
            report.verdicts().forEach(out::println);
            boolean passed = report.passed();
            if (passed && save != null) {
                Files.writeString(save, report.checkpointNote().orElseThrow(), StandardCharsets.UTF_8);
            }
            out.println(passed ? "VERIFIED" : "NOT VERIFIED");
            return passed ? 0 : 1;
        } catch (NoteException | IOException | AuditException | PkiException e) {
            err.println("verify-log could not run: " + e.getMessage());
            return 2;
        }
    }

    private static String keyText(String keyOrFile) throws IOException {
        Path file = Path.of(keyOrFile);
        return (Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.US_ASCII) : keyOrFile).strip();
    }
}
