package org.blohub.hub.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.Evaluation;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.SourceReliability;
import org.blohub.hub.api.MessageDetail;
import org.blohub.hub.api.MessageView;

/**
 * One message of the officer's office as the pages show it: routing header and status, the decrypted content when
 * it opened (or that it was purged), the signer and whether the signature and certificate verified, and the receipts.
 *
 * @param inbound true when the office received it, false when it sent it
 */
public record OfficeMessage(MessageDetail detail, Optional<LiaisonMessage> content, boolean inbound) {

    public MessageView view() {
        return detail.message();
    }

    public String id() {
        return detail.message().messageId();
    }

    public String subject() {
        return content.map(LiaisonMessage::subject).orElse("");
    }

    /** Whether the retention job purged the content: the page then says when and under which rule instead. */
    public boolean purged() {
        return view().purged().isPresent();
    }

    /** Whether the signature and the signer's certificate path verified when the envelope was opened for this page. */
    public boolean signatureValid() {
        return content.isPresent();
    }

    /** Why the envelope did not open or verify, as the opener said it (technical, not translated). */
    public String signatureProblem() {
        return detail.certificateStatus();
    }

    public List<String> counterparts() {
        return inbound ? List.of(view().from()) : view().to();
    }

    public boolean overdue(Instant now) {
        return view().replyBy().filter(now::isAfter).isPresent();
    }

    /** Whether the message or any entity in it carries an evaluation with this source reliability. */
    public boolean hasReliability(SourceReliability reliability) {
        return content.stream().flatMap(message -> Stream.concat(message.evaluation().stream(),
                        entityEvaluations(message.entities())))
                .anyMatch(evaluation -> evaluation.sourceReliability() == reliability);
    }

    private static Stream<Evaluation> entityEvaluations(Entities entities) {
        return Stream.of(
                entities.persons().stream().flatMap(person -> Stream.concat(person.evaluation().stream(),
                        person.documents().stream().flatMap(document -> document.evaluation().stream()))),
                entities.documents().stream().flatMap(document -> document.evaluation().stream()),
                entities.vehicles().stream().flatMap(vehicle -> vehicle.evaluation().stream()),
                entities.vessels().stream().flatMap(vessel -> vessel.evaluation().stream()),
                entities.seizures().stream().flatMap(seizure -> seizure.evaluation().stream()))
                .flatMap(evaluations -> evaluations);
    }
}
