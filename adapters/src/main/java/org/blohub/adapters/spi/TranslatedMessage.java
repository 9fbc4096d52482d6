package org.blohub.adapters.spi;

import java.util.Objects;

import org.blohub.adapters.canonical.LiaisonMessage;

/**
 * One canonical message taken from a national document.
 *
 * @param message   the canonical message, complete (id from the context's generator)
 * @param locator   where in the document it came from, for people: "line 4", "/CaseRequest", "message"
 * @param reference a stable key of this part of this document (e.g. the file's SHA-256 and the row number),
 *                  so that posting the same document twice sends nothing twice
 */
public record TranslatedMessage(LiaisonMessage message, String locator, String reference) {

    public TranslatedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(reference, "reference");
    }
}
