package org.blohub.adapters.canonical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A seizure. {@code quantity} is an exact decimal as reported (48.5 kg stays 48.5, never a binary
 * floating-point approximation); {@code commodityOriginal} is the commodity in the reporting officer's
 * language, {@code commodityClass} a short class code such as "ATS" (amphetamine-type stimulants).
 */
public record Seizure(
        String commodity,
        Optional<String> commodityOriginal,
        Optional<String> commodityClass,
        BigDecimal quantity,
        String unit,
        Optional<String> place,
        Optional<LocalDate> seizedOn,
        Optional<Integer> personsDetained,
        Optional<Evaluation> evaluation) {

    public Seizure {
        MissingFieldException.requirePresent(commodity, "commodity");
        commodityOriginal = Objects.requireNonNullElse(commodityOriginal, Optional.empty());
        commodityClass = Objects.requireNonNullElse(commodityClass, Optional.empty());
        MissingFieldException.requirePresent(quantity, "quantity");
        MissingFieldException.requirePresent(unit, "unit");
        place = Objects.requireNonNullElse(place, Optional.empty());
        seizedOn = Objects.requireNonNullElse(seizedOn, Optional.empty());
        personsDetained = Objects.requireNonNullElse(personsDetained, Optional.empty());
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
    }

    public Seizure(String commodity, Optional<String> commodityOriginal, Optional<String> commodityClass,
            BigDecimal quantity, String unit, Optional<String> place, Optional<LocalDate> seizedOn,
            Optional<Integer> personsDetained) {
        this(commodity, commodityOriginal, commodityClass, quantity, unit, place, seizedOn, personsDetained, Optional.empty());
    }

    public Seizure withEvaluation(Evaluation value) {
        return new Seizure(commodity, commodityOriginal, commodityClass, quantity, unit, place, seizedOn, personsDetained, Optional.of(value));
    }

    public static Seizure of(String commodity, BigDecimal quantity, String unit) {
        return new Seizure(commodity, Optional.empty(), Optional.empty(), quantity, unit,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
