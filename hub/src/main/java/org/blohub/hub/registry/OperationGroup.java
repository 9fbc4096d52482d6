package org.blohub.hub.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A joint operation of several offices, e.g. on the Mekong: an ALERT or NOTIFICATION addressed to it goes to every
 * member the agreements allow. It accepts new messages from {@code from} to {@code until}, both days included (UTC).
 *
 * @param id      group id, e.g. {@code MEKONG-JOINT-2026}
 * @param name    human name of the operation
 * @param owner   the office that coordinates it; always a member
 * @param members offices taking part, in registry order
 */
public record OperationGroup(String id, String name, String owner, List<String> members, LocalDate from,
        LocalDate until) {

    public OperationGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        members = List.copyOf(members);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!members.contains(owner)) {
            throw new IllegalArgumentException("operation group " + id + ": owner " + owner + " is not a member");
        }
        if (until.isBefore(from)) {
            throw new IllegalArgumentException(
                    "operation group " + id + ": until " + until + " is before from " + from);
        }
    }

    public boolean hasMember(String officeId) {
        return members.contains(officeId);
    }

    /** Whether the operation runs on this day: from and until are both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
