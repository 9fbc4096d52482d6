package org.blohub.hub.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.blohub.adapters.canonical.DocumentKind;
import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.IdentityDocument;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.hub.pipeline.SubmissionRefusedException;

/**
 * A compose form turned into the canonical message the pipeline validates, authorizes and sends. Only the form's own
 * format is checked here (choices and the reply-by time); the content rules are the validator's. Empty person,
 * vehicle and document rows are left out; {@code personRows}, {@code vehicleRows} and {@code documentRows} give the
 * form row of each entity, so the validator's field errors land next to the right row.
 */
record DraftMessage(LiaisonMessage message, List<Integer> personRows, List<Integer> vehicleRows,
        List<Integer> documentRows) {

    /** What the node assigns and, for a reply, the message it answers. */
    record Envelope(String id, String from, Instant createdAt, ZoneId zone, Optional<String> conversationId,
            Optional<String> inReplyTo) {
    }

    static DraftMessage of(Draft draft, Envelope envelope) throws SubmissionRefusedException {
        List<FieldError> problems = new ArrayList<>();
        MessageKind kind = choice(draft.getKind(), MessageKind::valueOf, "kind", problems);
        Priority priority = choice(draft.getPriority(), Priority::valueOf, "priority", problems);
        HandlingCode code = choice(draft.getHandlingCode(), HandlingCode::valueOf, "handling.code", problems);
        Optional<Instant> replyBy = replyBy(draft.getReplyBy(), envelope.zone(), problems);
        List<Integer> documentRows = new ArrayList<>();
        List<IdentityDocument> documents = new ArrayList<>();
        for (int row = 0; row < draft.getDocuments().size(); row++) {
            Draft.DocumentRow document = draft.getDocuments().get(row);
            if (!document.isBlank()) {
                DocumentKind documentKind = choice(document.getKind(), DocumentKind::valueOf,
                        "documents[" + row + "].kind", problems);
                documentRows.add(row);
                documents.add(new IdentityDocument(documentKind == null ? DocumentKind.OTHER : documentKind,
                        document.getNumber().strip(), present(document.getIssuingCountry()), Optional.empty()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "the form has " + problems.size() + " invalid choice(s)", problems);
        }
        List<Integer> personRows = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (int row = 0; row < draft.getPersons().size(); row++) {
            Draft.PersonRow person = draft.getPersons().get(row);
            if (!person.isBlank()) {
                personRows.add(row);
                persons.add(new Person(role(person.getRole()), person.getNameOriginal().strip(),
                        present(person.getNameLatin()), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), present(person.getNationality()), List.of()));
            }
        }
        List<Integer> vehicleRows = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int row = 0; row < draft.getVehicles().size(); row++) {
            Draft.VehicleRow vehicle = draft.getVehicles().get(row);
            if (!vehicle.isBlank()) {
                vehicleRows.add(row);
                vehicles.add(new Vehicle(vehicle.getPlate().strip(), present(vehicle.getPlateCountry()),
                        present(vehicle.getMake()), present(vehicle.getColour())));
            }
        }
        Handling handling = new Handling(code, code == HandlingCode.H3 ? present(draft.getRestrictionText()) : Optional.empty());
        LiaisonMessage message = LiaisonMessage.builder()
                .id(envelope.id())
                .conversationId(envelope.conversationId().orElse(envelope.id()))
                .inReplyTo(envelope.inReplyTo())
                .from(envelope.from())
                .to(draft.getTo().stream().filter(office -> !office.isBlank()).toList())
                .operationGroup(present(draft.getOperationGroup()))
                .kind(kind).priority(priority).handling(handling)
                .createdAt(envelope.createdAt())
                .replyBy(replyBy)
                .language(draft.getLanguage().strip())
                .subject(draft.getSubject().strip())
                .body(draft.getBody().strip())
                .entities(new Entities(persons, documents, vehicles, List.of(), List.of()))
                .build();
        return new DraftMessage(message, personRows, vehicleRows, documentRows);
    }

    /** The form field a validator path names, e.g. {@code entities.persons[0].nameLatin} -> {@code persons[2].nameLatin}. */
    String formField(String path) {
        Optional<String> person = row(path, "entities.persons[", personRows, "persons[");
        return person.or(() -> row(path, "entities.vehicles[", vehicleRows, "vehicles["))
                .or(() -> row(path, "entities.documents[", documentRows, "documents["))
                .orElseGet(() -> topLevelField(path));
    }

    /** The form field of a path outside the entity rows, or "" when the form has no such field. */
    static String topLevelField(String path) {
        if (path.equals("to") || path.startsWith("to[") || path.equals("operationGroup")) {
            return "to";
        }
        if (path.startsWith("documents[")) {
            return path;
        }
        if (path.startsWith("handling.restrictionText")) {
            return "restrictionText";
        }
        if (path.equals("handling.code")) {
            return "handlingCode";
        }
        for (String field : List.of("kind", "priority", "replyBy", "language", "subject", "body")) {
            if (path.equals(field)) {
                return field;
            }
        }
        return "";
    }

    private static Optional<String> row(String path, String prefix, List<Integer> rows, String formPrefix) {
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        int end = path.indexOf(']', prefix.length());
        int index = Integer.parseInt(path.substring(prefix.length(), end));
        return index < rows.size() ? Optional.of(formPrefix + rows.get(index) + path.substring(end)) : Optional.empty();
    }

    private static <T> T choice(String value, Function<String, T> parse, String path, List<FieldError> problems) {
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new FieldError(path, FieldErrorCode.INVALID_FORMAT, "choose one of the offered values"));
            return null;
        }
    }

    private static Optional<Instant> replyBy(String value, ZoneId zone, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            problems.add(new FieldError("replyBy", FieldErrorCode.INVALID_FORMAT, "a date and time"));
            return Optional.empty();
        }
    }

    private static PersonRole role(String value) {
        try {
            return PersonRole.valueOf(value.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            return PersonRole.OTHER;
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
