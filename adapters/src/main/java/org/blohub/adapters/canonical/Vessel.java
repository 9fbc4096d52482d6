package org.blohub.adapters.canonical;

import java.util.Objects;
import java.util.Optional;

/** A boat or ship; river boats often have no name or registration, only a description. */
public record Vessel(Optional<String> name, Optional<String> registration, Optional<String> flag,
                     Optional<String> description, Optional<Evaluation> evaluation) {

    public Vessel {
        name = Objects.requireNonNullElse(name, Optional.empty());
        registration = Objects.requireNonNullElse(registration, Optional.empty());
        flag = Objects.requireNonNullElse(flag, Optional.empty());
        description = Objects.requireNonNullElse(description, Optional.empty());
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
    }

    public Vessel(Optional<String> name, Optional<String> registration, Optional<String> flag, Optional<String> description) {
        this(name, registration, flag, description, Optional.empty());
    }

    public Vessel withEvaluation(Evaluation value) {
        return new Vessel(name, registration, flag, description, Optional.of(value));
    }

    public static Vessel described(String description) {
        return new Vessel(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(description));
    }
}
