package org.blohub.adapters.canonical;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The canonical message exchanged between Border Liaison Offices; every national format is translated
 * to and from it, and its RFC 8785 canonical JSON is what gets signed.
 *
 * <p>The record holds structure only: nothing is null, lists are immutable. Whether the content is
 * acceptable (formats, lengths, deadlines, the rules between fields) is for
 * {@link LiaisonMessageValidator}, which reports every problem with its field path.
 *
 * @param id             ULID of this message
 * @param conversationId ULID shared by all messages of one exchange (the first message's id)
 * @param inReplyTo      id of the message this one answers; required for RESPONSE and RECEIPT
 * @param from           sending office id, e.g. "TH-MAESAI"
 * @param to             addressed office ids, in the sender's order; for a message to an operation group, the members
 *                       its node addressed (empty only while a submission waits for the node to expand the group)
 * @param operationGroup the registry's operation group the message was sent to, if any (ALERT and NOTIFICATION only)
 * @param expiresAt      when the message stops being current (an alert's validity), if the sender says so
 * @param language       BCP 47 tag of subject and body, e.g. "th", "km", "en"
 * @param source         the national document the message was translated from, if any
 * @param evaluation     the sender's 4x4 evaluation of the message as a whole, if given
 * @param forwardedFrom  for a message an office forwards to a third office, the received message it copies
 */
public record LiaisonMessage(
        String id,
        String conversationId,
        Optional<String> inReplyTo,
        String from,
        @JsonProperty(required = true) List<String> to,
        Optional<String> operationGroup,
        MessageKind kind,
        Priority priority,
        Handling handling,
        Instant createdAt,
        Optional<Instant> replyBy,
        Optional<Instant> expiresAt,
        String language,
        String subject,
        String body,
        Entities entities,
        @JsonProperty(required = true) List<Attachment> attachments,
        Optional<SourceDocument> source,
        Optional<Evaluation> evaluation,
        Optional<ForwardedFrom> forwardedFrom) {

    public LiaisonMessage {
        MissingFieldException.requirePresent(id, "id");
        MissingFieldException.requirePresent(conversationId, "conversationId");
        inReplyTo = Objects.requireNonNullElse(inReplyTo, Optional.empty());
        MissingFieldException.requirePresent(from, "from");
        to = MissingFieldException.requireElements(to, "to");
        operationGroup = Objects.requireNonNullElse(operationGroup, Optional.empty());
        MissingFieldException.requirePresent(kind, "kind");
        MissingFieldException.requirePresent(priority, "priority");
        MissingFieldException.requirePresent(handling, "handling");
        MissingFieldException.requirePresent(createdAt, "createdAt");
        replyBy = Objects.requireNonNullElse(replyBy, Optional.empty());
        expiresAt = Objects.requireNonNullElse(expiresAt, Optional.empty());
        MissingFieldException.requirePresent(language, "language");
        MissingFieldException.requirePresent(subject, "subject");
        MissingFieldException.requirePresent(body, "body");
        MissingFieldException.requirePresent(entities, "entities");
        attachments = MissingFieldException.requireElements(attachments, "attachments");
        source = Objects.requireNonNullElse(source, Optional.empty());
        evaluation = Objects.requireNonNullElse(evaluation, Optional.empty());
        forwardedFrom = Objects.requireNonNullElse(forwardedFrom, Optional.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this message's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .id(id).conversationId(conversationId).inReplyTo(inReplyTo).from(from).to(to)
                .operationGroup(operationGroup).kind(kind).priority(priority).handling(handling).createdAt(createdAt)
                .replyBy(replyBy).expiresAt(expiresAt).language(language).subject(subject).body(body)
                .entities(entities).attachments(attachments).source(source).evaluation(evaluation)
                .forwardedFrom(forwardedFrom);
    }

    /** Fluent builder; unset lists and optionals default to empty, a missing required value fails on {@link #build()}. */
    public static final class Builder {
        private String id;
        private String conversationId;
        private Optional<String> inReplyTo = Optional.empty();
        private String from;
        private List<String> to = List.of();
        private Optional<String> operationGroup = Optional.empty();
        private MessageKind kind;
        private Priority priority;
        private Handling handling;
        private Instant createdAt;
        private Optional<Instant> replyBy = Optional.empty();
        private Optional<Instant> expiresAt = Optional.empty();
        private String language;
        private String subject;
        private String body = "";
        private Entities entities = Entities.none();
        private List<Attachment> attachments = List.of();
        private Optional<SourceDocument> source = Optional.empty();
        private Optional<Evaluation> evaluation = Optional.empty();
        private Optional<ForwardedFrom> forwardedFrom = Optional.empty();

        private Builder() {
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder conversationId(String value) {
            conversationId = value;
            return this;
        }

        public Builder inReplyTo(String value) {
            return inReplyTo(Optional.of(value));
        }

        public Builder inReplyTo(Optional<String> value) {
            inReplyTo = value;
            return this;
        }

        public Builder from(String value) {
            from = value;
            return this;
        }

        public Builder to(String... values) {
            return to(List.of(values));
        }

        public Builder to(List<String> values) {
            to = values;
            return this;
        }

        public Builder operationGroup(String value) {
            return operationGroup(Optional.of(value));
        }

        public Builder operationGroup(Optional<String> value) {
            operationGroup = value;
            return this;
        }

        public Builder kind(MessageKind value) {
            kind = value;
            return this;
        }

        public Builder priority(Priority value) {
            priority = value;
            return this;
        }

        public Builder handling(Handling value) {
            handling = value;
            return this;
        }

        public Builder handling(HandlingCode code) {
            return handling(Handling.of(code));
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder replyBy(Instant value) {
            return replyBy(Optional.of(value));
        }

        public Builder replyBy(Optional<Instant> value) {
            replyBy = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            return expiresAt(Optional.of(value));
        }

        public Builder expiresAt(Optional<Instant> value) {
            expiresAt = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder entities(Entities value) {
            entities = value;
            return this;
        }

        public Builder attachments(List<Attachment> values) {
            attachments = values;
            return this;
        }

        public Builder source(SourceDocument value) {
            return source(Optional.of(value));
        }

        public Builder source(Optional<SourceDocument> value) {
            source = value;
            return this;
        }

        public Builder evaluation(Evaluation value) {
            return evaluation(Optional.of(value));
        }

        public Builder evaluation(Optional<Evaluation> value) {
            evaluation = value;
            return this;
        }

        public Builder forwardedFrom(ForwardedFrom value) {
            return forwardedFrom(Optional.of(value));
        }

        public Builder forwardedFrom(Optional<ForwardedFrom> value) {
            forwardedFrom = value;
            return this;
        }

        public LiaisonMessage build() {
            return new LiaisonMessage(id, conversationId, inReplyTo, from, to, operationGroup, kind, priority, handling,
                    createdAt, replyBy, expiresAt, language, subject, body, entities, attachments, source, evaluation,
                    forwardedFrom);
        }
    }
}
