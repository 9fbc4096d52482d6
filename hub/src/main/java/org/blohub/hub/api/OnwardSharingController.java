package org.blohub.hub.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.sharing.ConsentDecision;
import org.blohub.hub.sharing.ConsentDecisions;
import org.blohub.hub.sharing.ConsentRequest;
import org.blohub.hub.sharing.EntitySelection;
import org.blohub.hub.sharing.ForwardRequest;
import org.blohub.hub.sharing.ForwardStatus;
import org.blohub.hub.sharing.Forwarding;
import org.blohub.hub.sharing.SharingException;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Onward sharing: forward a received message to third offices; decide the consent requests of the caller's office. */
@RestController
@Tag(name = "onward sharing")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class OnwardSharingController {

    private final Forwarding forwarding;
    private final ForwardStatus forwards;
    private final ConsentDecisions consents;
    private final MessageStore messages;
    private final CurrentCaller callers;

    OnwardSharingController(Forwarding forwarding, ForwardStatus forwards, ConsentDecisions consents,
            MessageStore messages, CurrentCaller callers) {
        this.forwarding = forwarding;
        this.forwards = forwards;
        this.consents = consents;
        this.messages = messages;
        this.callers = callers;
    }

    /**
     * @param to       the third offices
     * @param note     optional text for the originator and the third offices; required when quoting
     * @param entities to quote only these entities (positions in the original's lists) under the note
     */
    record ForwardCommand(List<String> to, Optional<String> note, Optional<EntitySelection> entities) {
    }

    /** @param reason optional, shown to the requesting office */
    record DecisionCommand(String decision, Optional<String> reason) {
    }

    /** A forward as its forwarding office sees it; {@code reason} is the originator's, once it answered. */
    record ForwardView(String requestId, String messageId, String originator, String handlingCode, List<String> to,
            String state, Optional<String> forwardedMessageId, Optional<String> reason, Optional<String> failureCode,
            Instant requestedAt, Optional<Instant> decidedAt) {

        static ForwardView of(ForwardRequest request, Optional<String> reason) {
            return new ForwardView(request.requestId(), request.messageId(), request.originator(),
                    request.handlingCode(), request.targets(), request.state().name(), request.forwardedMessageId(),
                    reason, request.failureCode(), request.requestedAt(), request.decidedAt());
        }
    }

    /** A consent request as the originating office sees it; {@code quotedEntities} when only those would go on. */
    record ConsentRequestView(String requestId, String messageId, String requester, List<String> to,
            Optional<String> note, Optional<EntitySelection> quotedEntities, String state, Optional<String> decidedBy,
            Instant receivedAt, Optional<Instant> decidedAt) {
    }

    @Operation(summary = "Forward a message the caller's office received to third offices",
            description = "H0/H1: forwarded at once within the agreements (state FORWARDED, 'forwardedMessageId'). "
                    + "H2/H3: a consent request goes to the originating office (state AWAITING_CONSENT); the copy is "
                    + "forwarded when it grants consent. The copy is a new message from the caller's office with the "
                    + "original's content (without attachments), its handling and a signed 'forwardedFrom'. With "
                    + "'entities' (e.g. {\"vehicles\": [1]}, positions from 0) it quotes only those under the note, "
                    + "which is then the body.")
    @ApiResponse(responseCode = "202", description = "forwarded, or waiting for the originator's consent")
    @ApiResponse(responseCode = "400", description = "no or repeated office, the originator or the caller's own office "
            + "named, a kind that cannot be forwarded, or a note too long")
    @ApiResponse(responseCode = "403", description = "no agreement lets the caller's office send it to a named office")
    @ApiResponse(responseCode = "404", description = "the caller's office did not receive this message")
    @ApiResponse(responseCode = "409", description = "the message's content was purged")
    @PostMapping("/api/messages/{id}/forward")
    ResponseEntity<ForwardView> forward(@PathVariable String id,
            @RequestBody(required = false) ForwardCommand command, Authentication authentication)
            throws SubmissionRefusedException {
        OfficeCaller caller = sender(authentication);
        StoredMessage received = messages.findInInbox(caller.office(), id)
                .orElseThrow(() -> MessagesController.notFound(id));
        ForwardCommand asked = command == null ? new ForwardCommand(List.of(), Optional.empty(), Optional.empty())
                : command;
        ForwardRequest request = answering(() -> forwarding.forward(caller, received,
                asked.to() == null ? List.of() : asked.to(), blankless(asked.note()),
                asked.entities() == null ? Optional.empty() : asked.entities()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(ForwardView.of(request, Optional.empty()));
    }

    @Operation(summary = "The caller's office's forwards of a message it received, with the originator's answers")
    @ApiResponse(responseCode = "404", description = "the caller's office did not receive this message")
    @GetMapping("/api/messages/{id}/forwards")
    List<ForwardView> forwardsOf(@PathVariable String id, Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        messages.findInInbox(caller.office(), id).orElseThrow(() -> MessagesController.notFound(id));
        return forwards.ofMessage(caller.office(), id).stream()
                .map(request -> ForwardView.of(request, forwards.reasonOf(request)))
                .toList();
    }

    @Operation(summary = "Consent requests addressed to the caller's office, pending first")
    @GetMapping("/api/consent-requests")
    List<ConsentRequestView> consentRequests(Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        return consents.ofOffice(caller.office()).stream().map(this::view).toList();
    }

    @Operation(summary = "Grant or refuse a consent request of the caller's office",
            description = "Body {\"decision\": \"GRANTED\" or \"REFUSED\", \"reason\": optional}. The node sends a "
                    + "CONSENT_REPLY signed by the office to the requesting office.")
    @ApiResponse(responseCode = "200", description = "decided; the reply is on its way")
    @ApiResponse(responseCode = "400", description = "no decision GRANTED or REFUSED, or a reason too long")
    @ApiResponse(responseCode = "404", description = "no such consent request for the caller's office")
    @ApiResponse(responseCode = "409", description = "decided already")
    @PostMapping("/api/consent-requests/{id}/decision")
    ConsentRequestView decide(@PathVariable String id, @RequestBody(required = false) DecisionCommand command,
            Authentication authentication) {
        OfficeCaller caller = sender(authentication);
        ConsentRequest request = consents.find(caller.office(), id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "no consent request " + id + " for your office"));
        ConsentDecision decision;
        try {
            decision = ConsentDecision.valueOf(command == null ? "" : String.valueOf(command.decision()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision must be GRANTED or REFUSED", e);
        }
        try {
            return view(consents.decide(caller, request, decision, blankless(command.reason())));
        } catch (SharingException e) {
            throw refused(e);
        }
    }

    private ConsentRequestView view(ConsentRequest request) {
        return new ConsentRequestView(request.requestId(), request.messageId(), request.requester(), request.targets(),
                consents.noteOf(request), consents.quotedOf(request), request.state().name(), request.decidedBy(), request.receivedAt(),
                request.decidedAt());
    }

    /** A forward that cannot be carried out as asked answers 409 (content gone) or 503 (try later). */
    @FunctionalInterface
    private interface ForwardNow {
        ForwardRequest forward() throws SubmissionRefusedException;
    }

    private static ForwardRequest answering(ForwardNow forwardNow) throws SubmissionRefusedException {
        try {
            return forwardNow.forward();
        } catch (SharingException e) {
            throw refused(e);
        }
    }

    private static ResponseStatusException refused(SharingException e) {
        HttpStatus status = switch (e.problem()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return new ResponseStatusException(status, e.getMessage(), e);
    }

    private static Optional<String> blankless(Optional<String> text) {
        return text == null ? Optional.empty() : text.filter(value -> !value.isBlank());
    }

    private OfficeCaller sender(Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        if (!caller.maySend()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, caller.role() + " callers may not forward or "
                    + "decide consent");
        }
        return caller;
    }
}
