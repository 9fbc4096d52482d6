package org.blohub.hub.adapter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.channel.InboundDocumentSink;
import org.blohub.adapters.channel.IntakeOutcome;
import org.blohub.adapters.channel.IntakeUnavailableException;
import org.blohub.adapters.spi.DocumentDefaults;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;
import org.blohub.hub.adapter.idempotency.IdempotentSubmission;
import org.blohub.hub.adapter.idempotency.SubmissionKey;
import org.blohub.hub.adapter.idempotency.SubmissionKeyConflictException;
import org.blohub.hub.adapter.idempotency.SubmissionOutcome;
import org.blohub.hub.pipeline.AttachmentIntake;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.blohub.hub.pipeline.Submission;
import org.blohub.hub.pipeline.SubmissionFailedException;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.store.ImmutableBytes;
import org.blohub.hub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;

/**
 * One inbound adapter's way into the node: translates a national document and submits each message through the
 * same path as the REST API (validate, authorize, seal, outbox), as the adapter's actor, once per document
 * reference. A message naming another sending office than the adapter's is refused. Every refusal is audited.
 */
final class AdapterIntake implements InboundDocumentSink {

    private static final Logger LOG = LoggerFactory.getLogger(AdapterIntake.class);

    private final String office;
    private final String format;
    private final String actor;
    private final InboundTranslator translator;
    private final MessageSubmitter submitter;
    private final IdempotentSubmission idempotent;
    private final AdapterRefusalAudit audit;
    private final TranslationContext context;
    private final Duration referenceRetention;

    /** @param actor who submits the messages, for the audit trail: {@code adapter:<office>:<format>} */
    AdapterIntake(String office, String format, String actor, DocumentDefaults defaults, InboundTranslator translator,
            MessageSubmitter submitter, IdempotentSubmission idempotent, AdapterRefusalAudit audit, Clock clock,
            MessageIds ids, Duration referenceRetention) {
        this.office = office;
        this.format = format;
        this.actor = actor;
        this.translator = translator;
        this.submitter = submitter;
        this.idempotent = idempotent;
        this.audit = audit;
        this.context = new TranslationContext(office, clock, ids, defaults);
        this.referenceRetention = referenceRetention;
    }

    @Override
    public IntakeOutcome accept(NationalDocument document) {
        Translation translation = translator.translate(document, context);
        List<TranslationRefusal> refused = new ArrayList<>();
        translation.refusals().forEach(refusal -> refuse(document.name(), refusal,
                AdapterRefusalAudit.Reason.ADAPTER_TRANSLATION_REFUSED, Optional.empty(), List.of(), refused));
        int accepted = 0;
        int repeated = 0;
        for (TranslatedMessage part : translation.messages()) {
            Optional<SubmissionOutcome> outcome = submit(document.name(), part, refused);
            if (outcome.isPresent()) {
                if (outcome.get().repeated()) {
                    repeated++;
                } else {
                    accepted++;
                }
            }
        }
        LOG.info("BLO-ADP-011 {} took {}: {} message(s) sent, {} sent before, {} part(s) refused", actor,
                document.name(), accepted, repeated, refused.size());
        return new IntakeOutcome(accepted, repeated, refused);
    }

    @Override
    public void refuse(String documentName, TranslationRefusal refusal) {
        refuse(documentName, refusal, AdapterRefusalAudit.Reason.ADAPTER_TRANSLATION_REFUSED, Optional.empty(),
                List.of(), new ArrayList<>());
    }

    @Override
    public void refuseSender(String documentName, TranslationRefusal refusal) {
        refuse(documentName, refusal, AdapterRefusalAudit.Reason.ADAPTER_SENDER_NOT_ALLOWED, Optional.empty(),
                List.of(), new ArrayList<>());
    }

    private Optional<SubmissionOutcome> submit(String documentName, TranslatedMessage part,
            List<TranslationRefusal> refused) {
        String from = part.message().from();
        List<String> to = part.message().to();
        Optional<String> id = Optional.of(part.message().id());
        if (!from.equals(office)) {
            refuse(documentName, new TranslationRefusal(part.locator(), "", "the document names sending office '"
                    + from + "'; this adapter posts for " + office + " only"),
                    AdapterRefusalAudit.Reason.ADAPTER_WRONG_SENDER, id, List.of(), refused);
            return Optional.empty();
        }
        try {
            return Optional.of(idempotent.submitOnce(key(part), part.message(), referenceRetention, () -> {
                if (part.attachments().isEmpty()) {
                    submitter.submit(Submission.of(part.message(), actor));
                } else {
                    submitter.submitWithAttachments(part.message(), part.attachments().stream()
                            .map(file -> new AttachmentIntake.Upload(file.name(), file.mediaType(),
                                    new ByteArrayResource(file.content())))
                            .toList(), actor);
                }
            }));
        } catch (SubmissionRefusedException e) {
            refuse(documentName, new TranslationRefusal(part.locator(), "", reasonOf(e)), reasonCode(e), id, to,
                    refused);
        } catch (SubmissionKeyConflictException e) {
            refuse(documentName, new TranslationRefusal(part.locator(), "", e.getMessage()),
                    AdapterRefusalAudit.Reason.ADAPTER_KEY_CONFLICT, id, to, refused);
        } catch (SubmissionFailedException | StoreException e) {
            throw new IntakeUnavailableException(actor + ": the node cannot take " + documentName
                    + " now; it stays in place and is taken again later", e);
        }
        return Optional.empty();
    }

    private void refuse(String documentName, TranslationRefusal refusal, AdapterRefusalAudit.Reason reason,
            Optional<String> messageId, List<String> to, List<TranslationRefusal> refused) {
        audit.record(actor, office, documentName, refusal, reason, messageId,
                to.stream().filter(office -> !office.isEmpty() && !office.contains(",")).toList());
        refused.add(refusal);
    }

    /** The key of a document part: scoped to the format, hashed so that any reference fits. */
    private SubmissionKey key(TranslatedMessage part) {
        return new SubmissionKey(office, "ref:" + sha256(format + "\n" + part.reference()),
                sha256(part.reference()));
    }

    private static String reasonOf(SubmissionRefusedException e) {
        if (e.fieldErrors().isEmpty()) {
            return e.getMessage();
        }
        return e.getMessage() + " (" + e.fieldErrors().stream().map(error -> error.path() + ": " + error.message())
                .collect(Collectors.joining("; ")) + ")";
    }

    private static AdapterRefusalAudit.Reason reasonCode(SubmissionRefusedException e) {
        return switch (e.problem()) {
            case INVALID -> AdapterRefusalAudit.Reason.ADAPTER_INVALID;
            case NOT_AUTHORIZED -> AdapterRefusalAudit.Reason.ADAPTER_NOT_AUTHORIZED;
            case TOO_LARGE -> AdapterRefusalAudit.Reason.ADAPTER_TOO_LARGE;
        };
    }

    private static String sha256(String text) {
        return ImmutableBytes.copyOf(text.getBytes(StandardCharsets.UTF_8)).sha256Hex();
    }
}
