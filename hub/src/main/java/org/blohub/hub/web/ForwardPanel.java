package org.blohub.hub.web;

import java.util.List;
import java.util.Optional;

import org.blohub.hub.registry.HandlingCode;
import org.blohub.hub.registry.MessageKind;
import org.blohub.hub.sharing.ForwardRequest;
import org.blohub.hub.sharing.ForwardStatus;
import org.blohub.hub.store.MessageHeader;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The forward section of a received message's page: the office's forwards of it with their state and the
 * originator's reason, and the offices an agreement lets it forward the message to (the node checks again).
 */
@Component
class ForwardPanel {

    /** One forward as the page lists it. */
    record ForwardRow(String state, List<String> to, Optional<String> reason, Optional<String> forwardedMessageId,
            Optional<String> failureCode) {
    }

    private final ForwardStatus forwards;
    private final RecipientChoices recipients;

    ForwardPanel(ForwardStatus forwards, RecipientChoices recipients) {
        this.forwards = forwards;
        this.recipients = recipients;
    }

    void addTo(Model model, String office, MessageHeader received) {
        model.addAttribute("forwards", forwards.ofMessage(office, received.messageId()).stream()
                .map(this::row).toList());
        HandlingCode code = HandlingCode.valueOf(received.handlingCode());
        MessageKind kind = "RESPONSE".equals(received.kind()) ? MessageKind.NOTIFICATION
                : MessageKind.valueOf(received.kind());
        model.addAttribute("forwardTargets", recipients.of(office).stream()
                .filter(recipient -> !recipient.office().equals(received.fromOffice()))
                .filter(recipient -> recipient.kinds().contains(kind) && code.isAtMost(recipient.upTo()))
                .toList());
        model.addAttribute("consentNeeded", code == HandlingCode.H2 || code == HandlingCode.H3);
    }

    private ForwardRow row(ForwardRequest request) {
        return new ForwardRow(request.state().name(), request.targets(), forwards.reasonOf(request),
                request.forwardedMessageId(), request.failureCode());
    }
}
