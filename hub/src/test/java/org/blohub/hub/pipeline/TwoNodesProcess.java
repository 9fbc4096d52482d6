package org.blohub.hub.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.blohub.hub.demo.DemoPairMaterial;

/**
 * Main class of a child JVM for tests that need their own heap limit: starts TH and LA like
 * {@link TwoNodes} under the directory given as first argument, then writes their HTTP ports and the
 * demo API tokens of TH-CHIANGKHONG and LA-HOUAYXAY, as properties, to the file given as second
 * argument (atomically, so the parent never reads half of it). Runs until killed.
 */
final class TwoNodesProcess {

    private TwoNodesProcess() {
    }

    public static void main(String[] arguments) throws Exception {
        Path directory = Files.createDirectories(Path.of(arguments[0]));
        Path ready = Path.of(arguments[1]);
        // material of its own, so that this child JVM's ports stay clear of its parent's copies
        DemoPairMaterial.fresh(directory, List.of(), "");
        TwoNodes nodes = new TwoNodes(directory).start();
        List<String> lines = List.of(
                "th.port=" + nodes.th.getEnvironment().getProperty("local.server.port"),
                "la.port=" + nodes.la.getEnvironment().getProperty("local.server.port"),
                "th.token=" + nodes.credentials.tokenOf("TH-CHIANGKHONG").token(),
                "la.token=" + nodes.credentials.tokenOf("LA-HOUAYXAY").token());
        Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
        Files.write(partial, lines);
        Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
        Thread.currentThread().join();
    }
}
