package org.blohub.crypto.merkle;

import java.util.Arrays;
import java.util.List;

/** Deep copies and content comparison of hash lists, so proof records behave as values although hashes are arrays. */
final class HashLists {

    private HashLists() {
    }

    static List<byte[]> copyOf(List<byte[]> hashes) {
        return hashes.stream().map(byte[]::clone).toList();
    }

    static boolean equal(List<byte[]> first, List<byte[]> second) {
        if (first.size() != second.size()) {
            return false;
        }
        for (int i = 0; i < first.size(); i++) {
            if (!Arrays.equals(first.get(i), second.get(i))) {
                return false;
            }
        }
        return true;
    }

    static int hash(List<byte[]> hashes) {
        int result = 1;
        for (byte[] hash : hashes) {
            result = 31 * result + Arrays.hashCode(hash);
        }
        return result;
    }
}
