package org.blohub.adapters.spi;

import java.util.Objects;

/**
 * A part of a national document that could not be translated, with a reason its sender can act on.
 * Never carries the document's content (names, free text): only where and why.
 *
 * @param locator where: "line 7" (the physical line in the file), "/CaseRequest/Header/Urgency", "header Subject"
 * @param field   the national field or column concerned, or empty when the whole document is refused
 * @param reason  what is wrong and what to fix, in English
 */
public record TranslationRefusal(String locator, String field, String reason) {

    public TranslationRefusal {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public static TranslationRefusal ofDocument(String locator, String reason) {
        return new TranslationRefusal(locator, "", reason);
    }

    /** One line for logs, error files and the {@code adapters check} command. */
    public String describe() {
        return field.isEmpty() ? locator + ": " + reason : locator + ", " + field + ": " + reason;
    }
}
