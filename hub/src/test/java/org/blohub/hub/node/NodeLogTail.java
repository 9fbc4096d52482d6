package org.blohub.hub.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a node process's log, for the message of an assertion that the process still runs. */
final class NodeLogTail {

    private static final int LINES = 40;

    private NodeLogTail() {
    }

    static String of(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "node exited; its log ends:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
        } catch (IOException e) {
            return "node exited; no log: " + e.getMessage();
        }
    }
}
