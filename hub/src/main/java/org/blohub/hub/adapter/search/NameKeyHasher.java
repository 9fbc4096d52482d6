package org.blohub.hub.adapter.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of name search keys and of all their prefixes, so that "jaid" finds "jaidee" by equality while the
 * database holds no name. The secret is the node's own ({@code name-search.key} in its data directory, made at
 * first start); a copy of the database without it reveals nothing by guessing names.
 */
final class NameKeyHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    private NameKeyHasher(byte[] secret) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
    }

    static NameKeyHasher fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.getParent());
                Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(temporary, fresh);
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the data directory's own protection applies
                }
                Files.move(temporary, file);
            }
            return new NameKeyHasher(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new NameSearchException("cannot read or create the name search key " + file, e);
        }
    }

    /** The hashes of every prefix (1 code point and longer) of every key. */
    Set<String> prefixHashes(Set<String> keys) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String key : keys) {
            int[] codePoints = key.codePoints().toArray();
            for (int length = 1; length <= codePoints.length; length++) {
                hashes.add(hash(new String(codePoints, 0, length)));
            }
        }
        return hashes;
    }

    Set<String> hashes(Set<String> queryKeys) {
        Set<String> hashes = new LinkedHashSet<>();
        queryKeys.forEach(key -> hashes.add(hash(key)));
        return hashes;
    }

    private String hash(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new NameSearchException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
