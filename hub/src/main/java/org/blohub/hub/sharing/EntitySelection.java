package org.blohub.hub.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.hub.pipeline.SubmissionRefusedException;

/**
 * The entities of a received message an office quotes in a forward, by their position (0-based) in each list of the
 * original. Lists left out select nothing of that kind.
 */
public record EntitySelection(List<Integer> persons, List<Integer> documents, List<Integer> vehicles,
        List<Integer> vessels, List<Integer> seizures) {

    public EntitySelection {
        persons = copy(persons);
        documents = copy(documents);
        vehicles = copy(vehicles);
        vessels = copy(vessels);
        seizures = copy(seizures);
    }

    /**
     * The selected entities of the original, in the order selected.
     *
     * @throws SubmissionRefusedException naming {@code entities.<kind>[i]} for a position the original does not have
     */
    Entities from(Entities original) throws SubmissionRefusedException {
        List<FieldError> errors = new ArrayList<>();
        Entities selected = new Entities(pick("persons", persons, original.persons(), errors),
                pick("documents", documents, original.documents(), errors),
                pick("vehicles", vehicles, original.vehicles(), errors),
                pick("vessels", vessels, original.vessels(), errors),
                pick("seizures", seizures, original.seizures(), errors));
        if (!errors.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "the quoted entities are not all in the message: " + errors.get(0).message(), errors);
        }
        return selected;
    }

    boolean isEmpty() {
        return persons.isEmpty() && documents.isEmpty() && vehicles.isEmpty() && vessels.isEmpty()
                && seizures.isEmpty();
    }

    private static <T> List<T> pick(String kind, List<Integer> positions, List<T> entities, List<FieldError> errors) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            int position = positions.get(i);
            if (position < 0 || position >= entities.size()) {
                errors.add(new FieldError("entities." + kind + "[" + i + "]", FieldErrorCode.OUT_OF_RANGE,
                        "The message has " + entities.size() + " " + kind + "; position " + position
                                + " is not one of them (the first is 0)."));
            } else {
                picked.add(entities.get(position));
            }
        }
        return picked;
    }

    private static List<Integer> copy(List<Integer> positions) {
        return positions == null ? List.of() : positions.stream().map(Objects::requireNonNull).toList();
    }
}
