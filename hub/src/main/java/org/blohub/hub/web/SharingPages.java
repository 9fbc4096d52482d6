package org.blohub.hub.web;

import java.util.List;
import java.util.Optional;

import org.blohub.hub.pipeline.SubmissionRefusalAudit;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.sharing.ConsentDecision;
import org.blohub.hub.sharing.ConsentDecisions;
import org.blohub.hub.sharing.ConsentRequest;
import org.blohub.hub.sharing.Forwarding;
import org.blohub.hub.sharing.SharingException;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Onward sharing in the pages: the forward form of a received message, and the consent requests of the officer's
 * office with Grant and Refuse. The same services as the API decide; a refusal is shown on the page it came from.
 */
@Controller
class SharingPages {

    static final String CONSENT_PATH = "/consent";

    /** One consent request as the page lists it. */
    record ConsentRow(ConsentRequest request, Optional<String> note) {
    }

    private final Forwarding forwarding;
    private final ConsentDecisions consents;
    private final MessageStore messages;
    private final CurrentCaller callers;
    private final SubmissionRefusalAudit refusals;

    SharingPages(Forwarding forwarding, ConsentDecisions consents, MessageStore messages, CurrentCaller callers,
            SubmissionRefusalAudit refusals) {
        this.forwarding = forwarding;
        this.consents = consents;
        this.messages = messages;
        this.callers = callers;
        this.refusals = refusals;
    }

    @PostMapping("/messages/{id}/forward")
    String forward(@PathVariable String id, @RequestParam(name = "to", required = false) List<String> to,
            @RequestParam(name = "note", required = false) Optional<String> note, Authentication authentication,
            RedirectAttributes redirect) {
        OfficeCaller caller = callers.of(authentication);
        StoredMessage received = messages.findInInbox(caller.office(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            forwarding.forward(caller, received, to == null ? List.of() : to,
                    note.filter(text -> !text.isBlank()), Optional.empty());
        } catch (SubmissionRefusedException refused) {
            refusals.record(caller.name(), caller.office(), "page forward", refused);
            redirect.addFlashAttribute("forwardRefusal", refused.getMessage());
        } catch (SharingException e) {
            redirect.addFlashAttribute("forwardRefusal", e.getMessage());
        }
        return "redirect:/messages/" + id;
    }

    @GetMapping(CONSENT_PATH)
    String consentRequests(Authentication authentication, Model model) {
        OfficeCaller caller = callers.of(authentication);
        model.addAttribute("requests", consents.ofOffice(caller.office()).stream()
                .map(request -> new ConsentRow(request, consents.noteOf(request))).toList());
        return "consent";
    }

    @PostMapping(CONSENT_PATH + "/{id}/decision")
    String decide(@PathVariable String id,
            @RequestParam(name = "decision", required = false) Optional<ConsentDecision> decision,
            @RequestParam(name = "reason", required = false) Optional<String> reason, Authentication authentication,
            RedirectAttributes redirect) {
        OfficeCaller caller = callers.of(authentication);
        ConsentRequest request = consents.find(caller.office(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (decision.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision must be GRANTED or REFUSED");
        }
        try {
            consents.decide(caller, request, decision.get(), reason.filter(text -> !text.isBlank()));
        } catch (SharingException e) {
            redirect.addFlashAttribute("consentProblem", e.getMessage());
        }
        return "redirect:" + CONSENT_PATH;
    }
}
