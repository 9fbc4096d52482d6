package org.blohub.hub.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * @param replyByLimits     per priority, the longest reply-by a REQUEST under this agreement may ask for, where
 *                          the agreement sets one shorter or longer than the node's default
 */
public record Agreement(
        String id,
        List<String> from,
        List<String> to,
        AgreementDirection direction,
        Set<MessageKind> kinds,
        HandlingCode upToHandlingCode,
        Map<Priority, Duration> replyByLimits) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(direction, "direction");
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(upToHandlingCode, "upToHandlingCode");
        replyByLimits = Map.copyOf(replyByLimits);
    }

    /** An agreement that keeps the node's reply limits. */
    public Agreement(String id, List<String> from, List<String> to, AgreementDirection direction,
            Set<MessageKind> kinds, HandlingCode upToHandlingCode) {
        this(id, from, to, direction, kinds, upToHandlingCode, Map.of());
    }

    /** The reply limit this agreement sets for the priority, if it sets one. */
    public Optional<Duration> replyByLimit(Priority priority) {
        return Optional.ofNullable(replyByLimits.get(priority));
    }

    /** True if this agreement lets {@code sender} send to {@code recipient}, whatever the kind. */
    public boolean covers(String sender, String recipient) {
        boolean forward = from.contains(sender) && to.contains(recipient);
        boolean backward = direction == AgreementDirection.BOTH_WAYS && to.contains(sender) && from.contains(recipient);
        return forward || backward;
    }
}
