package org.blohub.adapters.spi;

import java.util.List;
import java.util.Objects;

import org.blohub.adapters.canonical.LiaisonMessage;

/**
 * One canonical message taken from a national document.
 *
 * @param message     the canonical message, complete (id from the context's generator), with no attachment
 *                    descriptors: those the node computes from {@code attachments} while sealing
 * @param locator     where in the document it came from, for people: "line 4", "/CaseRequest", "message"
 * @param reference   a stable key of this part of this document (e.g. the file's SHA-256 and the row number),
 *                    so that posting the same document twice sends nothing twice
 * @param attachments files that travel with the message, in order
 */
public record TranslatedMessage(LiaisonMessage message, String locator, String reference,
        List<AttachmentFile> attachments) {

    public TranslatedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(reference, "reference");
        attachments = List.copyOf(attachments);
    }

    public TranslatedMessage(LiaisonMessage message, String locator, String reference) {
        this(message, locator, reference, List.of());
    }
}
