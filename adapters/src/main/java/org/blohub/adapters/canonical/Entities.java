package org.blohub.adapters.canonical;

import java.util.List;

/**
 * Structured things a message is about. Documents held by a person belong in {@link Person#documents()};
 * {@code documents} here is for documents not tied to a named person (a passport found in a vehicle).
 */
public record Entities(
        List<Person> persons,
        List<IdentityDocument> documents,
        List<Vehicle> vehicles,
        List<Vessel> vessels,
        List<Seizure> seizures) {

    public Entities {
        persons = persons == null ? List.of() : List.copyOf(persons);
        documents = documents == null ? List.of() : List.copyOf(documents);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        vessels = vessels == null ? List.of() : List.copyOf(vessels);
        seizures = seizures == null ? List.of() : List.copyOf(seizures);
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
