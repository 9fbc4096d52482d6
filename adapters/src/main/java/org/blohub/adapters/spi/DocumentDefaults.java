package org.blohub.adapters.spi;

import java.util.Objects;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;

/**
 * What a channel's configuration says for documents that do not say it themselves (the Lao customs CSV
 * has no handling code or language column, the officer e-mail no language).
 *
 * @param handling the handling agreed with the receiving countries for this channel
 * @param language BCP 47 tag of the text the national system writes
 */
public record DocumentDefaults(Handling handling, String language) {

    /** H0 (crime purposes only, the least restrictive agreed code) and English. */
    public static final DocumentDefaults STANDARD = new DocumentDefaults(Handling.of(HandlingCode.H0), "en");

    public DocumentDefaults {
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(language, "language");
    }
}
