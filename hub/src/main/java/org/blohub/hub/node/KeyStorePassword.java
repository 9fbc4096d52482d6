package org.blohub.hub.node;

import java.util.Objects;

/** The password of this node's PKCS#12 files. */
public record KeyStorePassword(String value) {

    public KeyStorePassword {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "KeyStorePassword[(hidden)]";
    }
}
