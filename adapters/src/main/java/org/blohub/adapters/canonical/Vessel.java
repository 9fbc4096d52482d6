package org.blohub.adapters.canonical;

import java.util.Objects;
import java.util.Optional;

/** A boat or ship; river boats often have no name or registration, only a description. */
public record Vessel(Optional<String> name, Optional<String> registration, Optional<String> flag,
                     Optional<String> description) {

    public Vessel {
        name = Objects.requireNonNullElse(name, Optional.empty());
        registration = Objects.requireNonNullElse(registration, Optional.empty());
        flag = Objects.requireNonNullElse(flag, Optional.empty());
        description = Objects.requireNonNullElse(description, Optional.empty());
    }

    public static Vessel described(String description) {
        return new Vessel(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(description));
    }
}
