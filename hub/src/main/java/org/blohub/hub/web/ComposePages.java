package org.blohub.hub.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.pipeline.AttachmentIntake;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.blohub.hub.pipeline.SubmissionFailedException;
import org.blohub.hub.pipeline.SubmissionRefusalAudit;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.pipeline.SubmissionResult;
import org.blohub.hub.registry.MessageKind;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.StoredMessage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writing a message, or a reply in a conversation, through the same submitter as the REST API: the pipeline
 * validates and authorizes it, and its refusal comes back next to the fields, in the officer's language.
 */
@Controller
class ComposePages {

    private final MessageSubmitter submitter;
    private final OfficeMessages messages;
    private final RecipientChoices recipients;
    private final MessageIds ids;
    private final PageDates dates;
    private final CurrentCaller callers;
    private final Clock clock;
    private final SubmissionRefusalAudit refusals;

    ComposePages(MessageSubmitter submitter, OfficeMessages messages, RecipientChoices recipients, MessageIds ids,
            PageDates dates, CurrentCaller callers, Clock clock, SubmissionRefusalAudit refusals) {
        this.submitter = submitter;
        this.messages = messages;
        this.recipients = recipients;
        this.ids = ids;
        this.dates = dates;
        this.callers = callers;
        this.clock = clock;
        this.refusals = refusals;
    }

    @GetMapping("/compose")
    String compose(Authentication authentication, Locale locale, Model model) {
        return form(model, callers.of(authentication), Draft.blank(locale.getLanguage()), Optional.empty(),
                Map.of(), Optional.empty());
    }

    @GetMapping("/messages/{id}/reply")
    String reply(@PathVariable String id, Authentication authentication, Locale locale, Model model) {
        OfficeCaller caller = callers.of(authentication);
        OfficeMessage original = messages.open(caller.office(), answered(caller, id));
        Draft draft = Draft.blank(locale.getLanguage());
        draft.setTo(new ArrayList<>(List.of(original.view().from())));
        draft.setKind("RESPONSE");
        draft.setPriority(original.view().priority());
        draft.setHandlingCode(original.view().handlingCode());
        draft.setSubject(original.content().map(content -> "Re: " + content.subject()).orElse(""));
        return form(model, caller, draft, Optional.of(original), Map.of(), Optional.empty());
    }

    @PostMapping("/compose")
    String send(@ModelAttribute("draft") Draft draft,
            @RequestParam(name = "attachment", required = false) List<MultipartFile> files,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        OfficeCaller caller = callers.of(authentication);
        return submit(caller, draft, files, Optional.empty(), model, redirect);
    }

    @PostMapping("/messages/{id}/reply")
    String sendReply(@PathVariable String id, @ModelAttribute("draft") Draft draft,
            @RequestParam(name = "attachment", required = false) List<MultipartFile> files,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        OfficeCaller caller = callers.of(authentication);
        OfficeMessage original = messages.open(caller.office(), answered(caller, id));
        return submit(caller, draft, files, Optional.of(original), model, redirect);
    }

    /** After sending, the message page; members of a group the message does not go to are named there once. */
    private String submit(OfficeCaller caller, Draft draft, List<MultipartFile> files, Optional<OfficeMessage> original,
            Model model, RedirectAttributes redirect) {
        DraftMessage.Envelope envelope = new DraftMessage.Envelope(ids.next(), caller.office(), clock.instant(),
                dates.zone(), original.map(message -> message.view().conversationId()), original.map(OfficeMessage::id));
        DraftMessage draftMessage = null;
        try {
            draftMessage = DraftMessage.of(draft, envelope);
            List<AttachmentIntake.Upload> uploads = (files == null ? List.<MultipartFile>of() : files).stream()
                    .filter(file -> !file.isEmpty())
                    .map(file -> new AttachmentIntake.Upload(file.getOriginalFilename(), file.getContentType(), file))
                    .toList();
            SubmissionResult result = submitter.submitWithAttachments(draftMessage.message(), uploads, caller.name());
            redirect.addFlashAttribute("leftOut", result.leftOut());
            return "redirect:/messages/" + result.messageId();
        } catch (SubmissionRefusedException refused) {
            refusals.record(caller.name(), caller.office(), original.isPresent() ? "page reply" : "page compose", refused);
            Map<String, List<String>> errors = fieldErrors(refused.fieldErrors(), Optional.ofNullable(draftMessage));
            String problem = refused.problem() == SubmissionRefusedException.Problem.INVALID && !errors.isEmpty()
                    ? "compose.invalid" : "compose.refused." + refused.problem().name();
            draft.fillRows();
            model.addAttribute("refusal", refused.getMessage());
            return form(model, caller, draft, original, errors, Optional.of(problem));
        } catch (SubmissionFailedException failed) {
            draft.fillRows();
            return form(model, caller, draft, original, Map.of(), Optional.of("compose.failed"));
        }
    }

    private String form(Model model, OfficeCaller caller, Draft draft, Optional<OfficeMessage> original,
            Map<String, List<String>> errors, Optional<String> problem) {
        model.addAttribute("draft", draft);
        model.addAttribute("original", original);
        List<Recipient> allowed = recipients.of(caller.office());
        model.addAttribute("recipients", allowed);
        model.addAttribute("groups",
                recipients.groupsOf(caller.office(), LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        model.addAttribute("kinds", Arrays.stream(MessageKind.values())
                .filter(kind -> allowed.stream().anyMatch(recipient -> recipient.kinds().contains(kind)))
                .map(MessageKind::name).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "compose";
    }

    /** Field errors by form field, each as the bundle key of its text; errors of no form field go under "". */
    private static Map<String, List<String>> fieldErrors(List<FieldError> errors, Optional<DraftMessage> draft) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String field = draft.map(message -> message.formField(error.path()))
                    .orElseGet(() -> DraftMessage.topLevelField(error.path()));
            byField.computeIfAbsent(field, key -> new ArrayList<>()).add("field.error." + error.code().name());
        }
        return byField;
    }

    private StoredMessage answered(OfficeCaller caller, String id) {
        return messages.find(caller.office(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
