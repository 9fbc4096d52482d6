package org.blohub.adapters.canonical;

import java.util.Objects;
import java.util.Optional;

/**
 * Handling code of a message with the sender's restriction text. H3 needs the text (checked by the
 * validator); the other codes may carry it, as the Thai case system does for H2.
 */
public record Handling(HandlingCode code, Optional<String> restrictionText) {

    public Handling {
        MissingFieldException.requirePresent(code, "code");
        restrictionText = Objects.requireNonNullElse(restrictionText, Optional.empty());
    }

    public static Handling of(HandlingCode code) {
        return new Handling(code, Optional.empty());
    }

    public static Handling of(HandlingCode code, String restrictionText) {
        return new Handling(code, Optional.of(restrictionText));
    }
}
