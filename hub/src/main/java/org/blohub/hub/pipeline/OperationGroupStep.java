package org.blohub.hub.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.FieldErrorCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.hub.registry.AuthorizationDecision;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.OperationGroup;
import org.springframework.stereotype.Component;

/**
 * Addresses a message sent to an operation group: every member the agreements allow for its kind and handling code,
 * besides the offices the sender named. Refuses a group that is unknown, not open today (UTC), not the sender's, or
 * any kind but ALERT and NOTIFICATION. The members left out stay with the exchange ({@link #leftOut}) for the answer
 * and the audit.
 */
@Component
class OperationGroupStep implements Processor {

    private static final String LEFT_OUT = "bloGroupMembersLeftOut";
    private static final String FIELD = "operationGroup";
    private static final Set<MessageKind> GROUP_KINDS = Set.of(MessageKind.ALERT, MessageKind.NOTIFICATION);

    private final NetworkRegistry registry;
    private final Clock clock;

    OperationGroupStep(NetworkRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The message with the group's members added to its recipients, and the members left out. */
    record GroupAddressing(LiaisonMessage message, List<LeftOutRecipient> leftOut) {
    }

    @Override
    public void process(Exchange exchange) throws SubmissionRefusedException {
        Submission submission = exchange.getMessage().getBody(Submission.class);
        if (submission.message().operationGroup().isEmpty()) {
            return;
        }
        GroupAddressing addressing = address(submission.message());
        exchange.setProperty(LEFT_OUT, addressing.leftOut());
        exchange.getMessage().setBody(new Submission(addressing.message(), submission.actor(), submission.envelope(),
                submission.expiresAt()));
    }

    /** The members left out of the exchange's message to a group; empty for any other message. */
    @SuppressWarnings("unchecked")
    static List<LeftOutRecipient> leftOut(Exchange exchange) {
        return exchange.getProperty(LEFT_OUT, List.of(), List.class);
    }

    GroupAddressing address(LiaisonMessage message) throws SubmissionRefusedException {
        String groupId = message.operationGroup().orElseThrow();
        OperationGroup group = registry.operationGroup(groupId).orElseThrow(() -> refused(
                SubmissionRefusedException.Problem.INVALID, FieldErrorCode.INVALID_FORMAT,
                "There is no operation group " + groupId + " in the network registry; check the group id."));
        if (!GROUP_KINDS.contains(message.kind())) {
            throw refused(SubmissionRefusedException.Problem.INVALID, FieldErrorCode.INVALID_FORMAT,
                    "Only an ALERT or a NOTIFICATION can go to an operation group; address a " + message.kind()
                            + " to offices in 'to'.");
        }
        if (!group.hasMember(message.from())) {
            throw refused(SubmissionRefusedException.Problem.NOT_AUTHORIZED, FieldErrorCode.OUT_OF_RANGE,
                    message.from() + " is not a member of operation group " + groupId + "; ask its owner "
                            + group.owner() + " to send it.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!group.isOpenOn(today)) {
            throw refused(SubmissionRefusedException.Problem.NOT_AUTHORIZED, FieldErrorCode.OUT_OF_RANGE,
                    "Operation group " + groupId + " accepts messages from " + group.from() + " to " + group.until()
                            + " (UTC), not on " + today + "; its earlier messages stay readable.");
        }
        List<String> recipients = new ArrayList<>(message.to());
        List<LeftOutRecipient> leftOut = new ArrayList<>();
        for (String member : group.members()) {
            if (member.equals(message.from()) || recipients.contains(member)) {
                continue;
            }
            AuthorizationDecision decision = AuthorizeStep.decide(registry, message, member);
            if (decision.allowed()) {
                recipients.add(member);
            } else {
                leftOut.add(new LeftOutRecipient(member, decision.reason()));
            }
        }
        if (recipients.isEmpty()) {
            throw refused(SubmissionRefusedException.Problem.NOT_AUTHORIZED, FieldErrorCode.OUT_OF_RANGE,
                    "No member of operation group " + groupId + " may receive this " + message.kind()
                            + " with handling " + message.handling().code() + " from " + message.from() + ": "
                            + leftOut.stream().map(LeftOutRecipient::reason).toList());
        }
        return new GroupAddressing(message.toBuilder().to(recipients).build(), List.copyOf(leftOut));
    }

    private static SubmissionRefusedException refused(SubmissionRefusedException.Problem problem, FieldErrorCode code,
            String reason) {
        return new SubmissionRefusedException(problem, reason, List.of(new FieldError(FIELD, code, reason)));
    }
}
