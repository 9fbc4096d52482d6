package org.blohub.hub.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.blohub.crypto.note.Cosigner;
import org.blohub.crypto.note.NoteException;

/**
 * The node's Ed25519 cosigning (witness) key in {@code <data-dir>/audit/witness.key}, readable by the node only;
 * generated on first start with its verifier key next to it ({@code witness.key.vkey}) for peers to configure.
 */
final class WitnessKeyFile {

    static final String NAME = "witness.key";

    private WitnessKeyFile() {
    }

    static Cosigner loadOrCreate(Path file, String name) {
        try {
            if (Files.exists(file)) {
                Cosigner key = Cosigner.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (!key.name().equals(name)) {
                    throw new AuditException("witness key file " + file + " holds a key named " + key.name()
                            + ", not " + name);
                }
                return key;
            }
            Cosigner key = Cosigner.generate(name, new SecureRandom());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(partial, key.signerKey() + "\n", StandardCharsets.US_ASCII);
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(partial, file);
            Files.writeString(file.resolveSibling(file.getFileName() + ".vkey"),
                    key.verifierKey().encoded() + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new AuditException("cannot read or create the witness key file " + file, e);
        } catch (NoteException e) {
            throw new AuditException("witness key file " + file + " does not hold a valid cosigner key", e);
        }
    }
}
