package org.blohub.hub.adapter;

import java.nio.file.Path;
import java.util.Objects;

import org.blohub.adapters.channel.Webhook;

/** Where an outbound adapter delivers: a directory of the national system, or its webhook URL. */
sealed interface OutboundChannel {

    /** The channel's name in the configuration file, part of the adapter's id. */
    String name();

    record Directory(Path path) implements OutboundChannel {
        public Directory {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return "directory";
        }
    }

    record WebhookCall(Webhook.Settings settings) implements OutboundChannel {
        public WebhookCall {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public String name() {
            return "webhook";
        }
    }
}
