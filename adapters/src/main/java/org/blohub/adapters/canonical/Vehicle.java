package org.blohub.adapters.canonical;

import java.util.Objects;
import java.util.Optional;

/** A road vehicle. The plate is kept as written, in its own script ("บต 4521 เชียงราย"). */
public record Vehicle(String plate, Optional<String> plateCountry, Optional<String> make, Optional<String> colour,
                      Optional<Evaluation> evaluation) {

    public Vehicle {
        MissingFieldException.requirePresent(plate, "plate");
        plateCountry = Objects.requireNonNullElse(plateCountry, Optional.empty());
        make = Objects.requireNonNullElse(make, Optional.empty());
        colour = Objects.requireNonNullElse(colour, Optional.empty());
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
    }

    public Vehicle(String plate, Optional<String> plateCountry, Optional<String> make, Optional<String> colour) {
        this(plate, plateCountry, make, colour, Optional.empty());
    }

    public Vehicle withEvaluation(Evaluation value) {
        return new Vehicle(plate, plateCountry, make, colour, Optional.of(value));
    }

    public static Vehicle withPlate(String plate) {
        return new Vehicle(plate, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
