package org.blohub.hub.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteSigner;

/**
 * The node's Ed25519 audit log key as a signed-note signer key string in a file readable by the node only.
 * On first start the key is generated and its verifier key is written next to it ({@code <file>.vkey}),
 * which the operator publishes to peers and auditors.
 */
final class AuditKeyFile {

    private AuditKeyFile() {
    }

    static NoteSigner loadOrCreate(Path file, AuditOrigin origin) {
        try {
            if (Files.exists(file)) {
                NoteSigner key = NoteSigner.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (!key.name().equals(origin.name())) {
                    throw new AuditException("audit key file " + file + " holds a key named " + key.name()
                            + ", not " + origin.name());
                }
                return key;
            }
            NoteSigner key = NoteSigner.generate(origin.name(), new SecureRandom());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(partial, key.signerKey() + "\n", StandardCharsets.US_ASCII);
            restrictToOwner(partial);
            Files.move(partial, file);
            Files.writeString(file.resolveSibling(file.getFileName() + ".vkey"),
                    key.verifierKey().encoded() + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new AuditException("cannot read or create the audit key file " + file, e);
        } catch (NoteException e) {
            throw new AuditException("audit key file " + file + " does not hold a valid signer key", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
