package org.blohub.crypto.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: the recursive definitions of RFC 9162 §2.1.1 (MTH), §2.1.3.1 (PATH) and §2.1.4.1 (PROOF)
 * written out literally over the leaf inputs, hashing with the JDK's SHA-256 rather than the Bouncy Castle
 * digest the production code uses. Range hashes are memoised so that thousands of sizes stay cheap.
 */
final class NaiveMerkleOracle {

    private final List<byte[]> leaves;
    private final Map<Long, byte[]> rangeHashes = new HashMap<>();

    NaiveMerkleOracle(List<byte[]> leaves) {
        this.leaves = leaves;
    }

    byte[] leafHash(int index) {
        return sha256(new byte[] {0x00}, leaves.get(index));
    }

    /** MTH(D[0:size]). */
    byte[] root(int size) {
        return size == 0 ? sha256() : mth(0, size);
    }

    /** PATH(m, D[0:size]). */
    List<byte[]> path(int m, int size) {
        return path(m, 0, size);
    }

    /** PROOF(m, D[0:size]). */
    List<byte[]> proof(int m, int size) {
        return subproof(m, 0, size, true);
    }

    private byte[] mth(int start, int end) {
        long key = ((long) start << 32) | end;
        byte[] cached = rangeHashes.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] hash;
        if (end - start == 1) {
            hash = leafHash(start);
        } else {
            int k = splitPoint(end - start);
            hash = sha256(new byte[] {0x01}, mth(start, start + k), mth(start + k, end));
        }
        rangeHashes.put(key, hash);
        return hash;
    }

    private List<byte[]> path(int m, int start, int end) {
        List<byte[]> result = new ArrayList<>();
        int n = end - start;
        if (n == 1) {
            return result;
        }
        int k = splitPoint(n);
        if (m < k) {
            result.addAll(path(m, start, start + k));
            result.add(mth(start + k, end));
        } else {
            result.addAll(path(m - k, start + k, end));
            result.add(mth(start, start + k));
        }
        return result;
    }

    private List<byte[]> subproof(int m, int start, int end, boolean b) {
        List<byte[]> result = new ArrayList<>();
        int n = end - start;
        if (m == n) {
            if (!b) {
                result.add(mth(start, end));
            }
            return result;
        }
        int k = splitPoint(n);
        if (m <= k) {
            result.addAll(subproof(m, start, start + k, b));
            result.add(mth(start + k, end));
        } else {
            result.addAll(subproof(m - k, start + k, end, false));
            result.add(mth(start, start + k));
        }
        return result;
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int splitPoint(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
