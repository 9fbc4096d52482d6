package org.blohub.crypto.merkle;

import java.util.List;

/** Deep copies of hash lists, so proof records stay immutable although hashes are arrays. */
final class HashLists {

    private HashLists() {
    }

    static List<byte[]> copyOf(List<byte[]> hashes) {
        return hashes.stream().map(byte[]::clone).toList();
    }
}
