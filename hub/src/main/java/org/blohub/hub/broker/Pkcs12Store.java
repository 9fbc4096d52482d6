package org.blohub.hub.broker;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A PKCS#12 file and the password that opens it, as the broker's TLS layer reads it.
 *
 * @param path     the {@code .p12} file
 * @param password the store password (also the key password for a key store)
 */
public record Pkcs12Store(Path path, String password) {

    public Pkcs12Store {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Pkcs12Store[path=" + path + ", password=(hidden)]";
    }
}
