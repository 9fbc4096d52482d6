package org.blohub.hub.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.blohub.adapters.canonical.ForwardedFrom;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.springframework.stereotype.Component;

/**
 * The new message a forward sends: from the forwarding office to the third offices, in a conversation of its own,
 * with the original's kind (a RESPONSE as NOTIFICATION), priority, handling, subject, evaluation and validity, and a
 * signed {@code forwardedFrom}. Its body is the original's after the note, or, when quoting, the note alone with only
 * the quoted entities. Attachments are not copied.
 */
@Component
class ForwardedCopy {

    private final MessageIds ids;
    private final Clock clock;

    ForwardedCopy(MessageIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** @throws SubmissionRefusedException when a quoted position is not in the original */
    LiaisonMessage of(LiaisonMessage original, String office, List<String> targets, Optional<String> note,
            Optional<EntitySelection> quoting, Optional<String> consentId) throws SubmissionRefusedException {
        String id = ids.next();
        return LiaisonMessage.builder()
                .id(id)
                .conversationId(id)
                .from(office)
                .to(targets)
                .kind(OnwardSharingRule.forwardedKind(original.kind()).orElseThrow())
                .priority(original.priority())
                .handling(original.handling())
                .createdAt(clock.instant())
                .expiresAt(original.expiresAt())
                .language(original.language())
                .subject(original.subject())
                .body(quoting.isPresent() ? note.orElseThrow()
                        : note.map(text -> text + "\n\n" + original.body()).orElse(original.body()))
                .entities(quoting.isPresent() ? quoting.get().from(original.entities()) : original.entities())
                .evaluation(original.evaluation())
                .forwardedFrom(new ForwardedFrom(original.id(), original.from(), original.handling(), consentId))
                .build();
    }
}
