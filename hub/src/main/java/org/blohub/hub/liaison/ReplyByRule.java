package org.blohub.hub.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Priority;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a REQUEST: one without a reply-by gets its limit, one whose sender set a later reply-by
 * than the limit is refused, an earlier one is kept. The limit is the priority's, as the agreement with each
 * addressee sets it or else as the node does; with several addressees the shortest applies. It counts from the
 * later of creation and submission, so a document that waited in a national system is not refused as overdue on
 * arrival. Other kinds keep what they carry.
 */
@Component
public class ReplyByRule {

    private record Limit(Duration duration, String source) {
    }

    private final ReplyByLimits nodeLimits;
    private final NetworkRegistry registry;
    private final Clock clock;

    public ReplyByRule(ReplyByLimits nodeLimits, NetworkRegistry registry, Clock clock) {
        this.nodeLimits = nodeLimits;
        this.registry = registry;
        this.clock = clock;
    }

    /** The message with its reply-by set when it needs the default. */
    public LiaisonMessage withDefault(LiaisonMessage message) {
        if (message.kind() != MessageKind.REQUEST || message.replyBy().isPresent()) {
            return message;
        }
        return message.toBuilder().replyBy(latestAllowed(message, limit(message))).build();
    }

    /** A field error when the sender's reply-by is later than its limit allows. */
    public List<FieldError> check(LiaisonMessage message) {
        if (message.kind() != MessageKind.REQUEST || message.replyBy().isEmpty()) {
            return List.of();
        }
        Limit limit = limit(message);
        Instant latest = latestAllowed(message, limit);
        if (!message.replyBy().get().isAfter(latest)) {
            return List.of();
        }
        return List.of(new FieldError("replyBy", FieldErrorCode.OUT_OF_RANGE, "A " + message.priority()
                + " request may ask for a reply within " + limit.duration().toString().substring(2).toLowerCase()
                + " at most (" + limit.source() + "): set replyBy at or before " + latest
                + ", or leave it out to get that limit."));
    }

    private Limit limit(LiaisonMessage message) {
        Priority priority = Priority.valueOf(message.priority().name());
        Limit nodeLimit = new Limit(nodeLimits.of(message.priority()), "this node's limit");
        return message.to().stream()
                .map(recipient -> registry.replyByLimit(message.from(), recipient, priority)
                        .map(agreed -> new Limit(agreed.limit(), "agreement " + agreed.agreementId()))
                        .orElse(nodeLimit))
                .min(Comparator.comparing(Limit::duration))
                .orElse(nodeLimit);
    }

    private Instant latestAllowed(LiaisonMessage message, Limit limit) {
        Instant now = clock.instant();
        Instant base = message.createdAt().isAfter(now) ? message.createdAt() : now;
        return base.plus(limit.duration());
    }
}
