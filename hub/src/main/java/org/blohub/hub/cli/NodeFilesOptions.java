package org.blohub.hub.cli;

import java.nio.file.Path;

import org.blohub.hub.node.NodeMaterial;
import picocli.CommandLine.Option;

/** Which node's files a {@code users} command changes: the material directory and the node name. */
final class NodeFilesOptions {

    @Option(names = "--material", defaultValue = "data/demo", paramLabel = "DIR",
            description = "The nodes' material directory, with registry.yaml, pki/ and keys/ (default ${DEFAULT-VALUE})")
    Path directory;

    @Option(names = "--node", required = true, description = "The node whose callers file is changed, e.g. TH")
    String node;

    NodeMaterial material() {
        return new NodeMaterial(directory, node);
    }
}
