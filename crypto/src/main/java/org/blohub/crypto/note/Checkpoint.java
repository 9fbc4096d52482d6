package org.blohub.crypto.note;

import java.util.Arrays;
import java.util.List;

/**
 * The note text of a c2sp.org/tlog-checkpoint: origin line, decimal tree size line, base64 RFC 6962 root hash
 * line, then optional non-empty extension lines, each ending in a newline.
 */
public final class Checkpoint {

    private static final int ROOT_HASH_LENGTH = 32;

    private final String origin;
    private final long treeSize;
    private final byte[] rootHash;
    private final List<String> extensions;

    private Checkpoint(String origin, long treeSize, byte[] rootHash, List<String> extensions) {
        this.origin = origin;
        this.treeSize = treeSize;
        this.rootHash = rootHash.clone();
        this.extensions = List.copyOf(extensions);
    }

    /** A checkpoint without extension lines, checked against the format rules. */
    public static Checkpoint of(String origin, long treeSize, byte[] rootHash) throws NoteFormatException {
        return of(origin, treeSize, rootHash, List.of());
    }

    public static Checkpoint of(String origin, long treeSize, byte[] rootHash, List<String> extensions)
            throws NoteFormatException {
        if (treeSize < 0) {
            throw new NoteFormatException("checkpoint tree size must not be negative");
        }
        Checkpoint checkpoint = new Checkpoint(origin, treeSize, rootHash, extensions);
        Checkpoint parsed = parse(checkpoint.body());
        if (!parsed.equals(checkpoint)) {
            throw new NoteFormatException("checkpoint origin or extension lines contain a newline");
        }
        return parsed;
    }

    /** Parses a checkpoint body, such as the text of a verified signed note. */
    public static Checkpoint parse(String body) throws NoteFormatException {
        NoteText.requireValidText(body);
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new NoteFormatException("checkpoint has " + lines.length + " lines, fewer than 3");
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new NoteFormatException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        long treeSize = parseTreeSize(lines[1]);
        byte[] rootHash = StrictBase64.decode(lines[2], "checkpoint root hash");
        if (rootHash.length != ROOT_HASH_LENGTH) {
            throw new NoteFormatException("checkpoint root hash has " + rootHash.length + " bytes, not "
                    + ROOT_HASH_LENGTH);
        }
        return new Checkpoint(lines[0], treeSize, rootHash, List.of(lines).subList(3, lines.length));
    }

    public String origin() {
        return origin;
    }

    public long treeSize() {
        return treeSize;
    }

    public byte[] rootHash() {
        return rootHash.clone();
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The note text: every line followed by a newline. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin).append('\n')
                .append(treeSize).append('\n')
                .append(StrictBase64.encode(rootHash)).append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(treeSize)) + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + " size " + treeSize + "]";
    }

    private static long parseTreeSize(String line) throws NoteFormatException {
        boolean digitsOnly = line.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digitsOnly || (line.length() > 1 && line.charAt(0) == '0')) {
            throw new NoteFormatException("checkpoint tree size is not a decimal number without leading zeroes");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new NoteFormatException("checkpoint tree size does not fit in 63 bits", e);
        }
    }
}
