package org.blohub.adapters.canonical;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity or travel document. Countries are ISO 3166-1 alpha-3 codes ("THA", "KHM").
 */
public record IdentityDocument(
        DocumentKind kind,
        String number,
        Optional<String> issuingCountry,
        Optional<LocalDate> expiresOn,
        Optional<Evaluation> evaluation) {

    public IdentityDocument {
        MissingFieldException.requirePresent(kind, "kind");
        MissingFieldException.requirePresent(number, "number");
        issuingCountry = Objects.requireNonNullElse(issuingCountry, Optional.empty());
        expiresOn = Objects.requireNonNullElse(expiresOn, Optional.empty());
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
    }

    public IdentityDocument(DocumentKind kind, String number, Optional<String> issuingCountry, Optional<LocalDate> expiresOn) {
        this(kind, number, issuingCountry, expiresOn, Optional.empty());
    }

    public IdentityDocument withEvaluation(Evaluation value) {
        return new IdentityDocument(kind, number, issuingCountry, expiresOn, Optional.of(value));
    }

    public static IdentityDocument of(DocumentKind kind, String number, String issuingCountry) {
        return new IdentityDocument(kind, number, Optional.of(issuingCountry), Optional.empty());
    }

    public IdentityDocument withExpiry(LocalDate expiresOn) {
        return new IdentityDocument(kind, number, issuingCountry, Optional.of(expiresOn), evaluation);
    }
}
