package org.blohub.hub.registry;

import java.nio.file.Path;

/** Where a publisher wrote the registry and its detached signature. */
public record PublishedRegistry(Path registryFile, Path signatureFile) {
}
