package org.blohub.adapters.canonical;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Structured things a message is about. Documents held by a person belong in {@link Person#documents()};
 * {@code documents} here is for documents not tied to a named person (a passport found in a vehicle).
 */
public record Entities(
        @JsonProperty(required = true) List<Person> persons,
        @JsonProperty(required = true) List<IdentityDocument> documents,
        @JsonProperty(required = true) List<Vehicle> vehicles,
        @JsonProperty(required = true) List<Vessel> vessels,
        @JsonProperty(required = true) List<Seizure> seizures) {

    public Entities {
        persons = MissingFieldException.requireElements(persons, "persons");
        documents = MissingFieldException.requireElements(documents, "documents");
        vehicles = MissingFieldException.requireElements(vehicles, "vehicles");
        vessels = MissingFieldException.requireElements(vessels, "vessels");
        seizures = MissingFieldException.requireElements(seizures, "seizures");
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
