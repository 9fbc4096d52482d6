package org.blohub.hub.registry;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which offices may send which kinds of message to which offices, up to which handling code.
 *
 * @param id                agreement id, e.g. {@code TH-LA-2026}
 * @param from              offices that may send
 * @param to                offices they may send to
 * @param direction         whether {@code to} may also send to {@code from}
 * @param kinds             message kinds allowed
 * @param upToHandlingCode  the most restrictive handling code allowed (inclusive)
 */
public record Agreement(
        String id,
        List<String> from,
        List<String> to,
        AgreementDirection direction,
        Set<MessageKind> kinds,
        HandlingCode upToHandlingCode) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(direction, "direction");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(upToHandlingCode, "upToHandlingCode");
    }

    /** True if this agreement lets {@code sender} send to {@code recipient}, whatever the kind. */
    public boolean covers(String sender, String recipient) {
        boolean forward = from.contains(sender) && to.contains(recipient);
        boolean backward = direction == AgreementDirection.BOTH_WAYS && to.contains(sender) && from.contains(recipient);
        return forward || backward;
    }
}
