package org.blohub.adapters.spi;

import java.time.Clock;
import java.util.Objects;

import org.blohub.adapters.canonical.MessageIds;

/**
 * What a translator needs from the node: the office the adapter posts for (used where the document does
 * not name its sending office; the hub refuses a document naming another office), the node's clock, its
 * message id generator, and the channel's defaults for what a document does not say.
 */
public record TranslationContext(String office, Clock clock, MessageIds ids, DocumentDefaults defaults) {

    public TranslationContext {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(defaults, "defaults");
    }

    /** A context with {@link DocumentDefaults#STANDARD} defaults. */
    public TranslationContext(String office, Clock clock, MessageIds ids) {
        this(office, clock, ids, DocumentDefaults.STANDARD);
    }
}
