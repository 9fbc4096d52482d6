package org.blohub.adapters.spi;

import java.time.Clock;
import java.util.Objects;

import org.blohub.adapters.canonical.MessageIds;

/**
 * What a translator needs from the node: the office the adapter posts for (used where the document does
 * not name its sending office; the hub refuses a document naming another office), the node's clock and
 * its message id generator.
 */
public record TranslationContext(String office, Clock clock, MessageIds ids) {

    public TranslationContext {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }
}
