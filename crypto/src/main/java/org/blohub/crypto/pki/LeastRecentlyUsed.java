package org.blohub.crypto.pki;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its least recently used entry once it holds more than its capacity. Not thread-safe. */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
