package org.blohub.crypto.cms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A synchronized map that forgets its least recently used entry once it holds more than its capacity. */
final class MostRecentlyUsed {

    private MostRecentlyUsed() {
    }

    static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        return Collections.synchronizedMap(new LinkedHashMap<K, V>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
