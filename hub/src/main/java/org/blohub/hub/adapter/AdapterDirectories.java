package org.blohub.hub.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the directories of the configured adapters at start: each inbox with done/ and error/, each outbox. */
final class AdapterDirectories {

    private AdapterDirectories() {
    }

    static void create(AdapterPlan plan) {
        plan.inbound().forEach(adapter -> {
            create(adapter.directory().resolve("done"), adapter.actor());
            create(adapter.directory().resolve("error"), adapter.actor());
        });
        plan.outbound().stream().filter(adapter -> adapter.channel() instanceof OutboundChannel.Directory)
                .forEach(adapter -> create(((OutboundChannel.Directory) adapter.channel()).path(), adapter.actor()));
    }

    private static void create(Path directory, String actor) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AdapterConfigurationException(directory, "cannot create directory " + directory + " of " + actor
                    + ": " + e, e);
        }
    }
}
