package org.blohub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.blohub.hub.audit.AuditException;
import org.blohub.hub.audit.AuditOrigin;
import org.blohub.hub.audit.NodeAuditKeyFiles;
import org.blohub.hub.registry.NodeAuditKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pki create-audit-keys --data-dir DIR --domain D --node TH}: a node's two Ed25519 audit keys, made before the
 * node first starts so that the signed registry can publish their verifier keys ({@code auditLogKey},
 * {@code auditWitnessKey}). Keys already there are kept and their verifier keys printed again.
 */
@Command(name = "create-audit-keys", mixinStandardHelpOptions = true,
        description = "Create a node's audit log and witness keys in its data directory; print their verifier keys.")
final class CreateAuditKeysCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR",
            description = "The node's data directory (blo.node.data-dir); the keys go into DIR/audit")
    Path dataDirectory;

    @Option(names = "--domain", required = true, description = "The registry's domain, e.g. blo.mekong.example")
    String domain;

    @Option(names = "--node", required = true, description = "The node, e.g. TH")
    String node;

    private final PrintStream out;
    private final PrintStream err;

    CreateAuditKeysCommand() {
        this(System.out, System.err);
    }

    CreateAuditKeysCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            NodeAuditKeys keys = NodeAuditKeyFiles.ensure(dataDirectory, new AuditOrigin(domain, node));
            out.println("auditLogKey " + keys.logKey().encoded() + " (" + NodeAuditKeyFiles.logKeyFile(dataDirectory)
                    + ".vkey)");
            out.println("auditWitnessKey " + keys.witnessKey().encoded() + " ("
                    + NodeAuditKeyFiles.witnessKeyFile(dataDirectory) + ".vkey)");
            return 0;
        } catch (AuditException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
