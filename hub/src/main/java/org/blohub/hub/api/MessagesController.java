package org.blohub.hub.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.hub.adapter.idempotency.IdempotentSubmission;
import org.blohub.hub.adapter.idempotency.SubmissionFingerprint;
import org.blohub.hub.adapter.idempotency.SubmissionKey;
import org.blohub.hub.adapter.idempotency.SubmissionKeyConflictException;
import org.blohub.hub.adapter.idempotency.SubmissionOutcome;
import org.blohub.hub.adapter.search.NameSearch;
import org.blohub.hub.liaison.OverdueReason;
import org.blohub.hub.liaison.OverdueRequests;
import org.blohub.hub.pipeline.AttachmentIntake;
import org.blohub.hub.pipeline.AttachmentReader;
import org.blohub.hub.pipeline.AttachmentUnavailableException;
import org.blohub.hub.pipeline.LeftOutRecipient;
import org.blohub.hub.pipeline.MessageSubmitter;
import org.blohub.hub.pipeline.ReadMarker;
import org.blohub.hub.pipeline.Submission;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.pipeline.SubmissionResult;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MailboxPage;
import org.blohub.hub.store.MailboxQuery;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.blohub.hub.store.StoredMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Submit messages, list the caller's inbox and outbox, read one message, mark it read. */
@RestController
@RequestMapping("/api/messages")
@Tag(name = "messages")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class MessagesController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_NAME_LENGTH = 200;
    private static final String IDEMPOTENCY_KEY_DESCRIPTION = "a key of your choice (e.g. a UUID) per submission: "
            + "a repeat with the same key and content within 24 hours is answered with the first message's id and "
            + "status and sends nothing; the same key with other content is refused (422)";

    static final String EXAMPLE = """
            {"to": ["LA-HOUAYXAY"], "kind": "REQUEST", "priority": "FLASH",
             "handling": {"code": "H2"}, "language": "en",
             "subject": "Pickup stopped at Chiang Khong", "body": "Did it cross in the last 48 hours?"}""";

    private final MessageSubmitter submitter;
    private final AttachmentReader attachments;
    private final MessageStore messages;
    private final MessageReader reader;
    private final SubmissionReader submissions;
    private final ReadMarker readMarker;
    private final CurrentCaller callers;
    private final IdempotentSubmission idempotent;
    private final Duration idempotencyRetention;
    private final NameSearch nameSearch;
    private final OverdueRequests overdueRequests;

    MessagesController(MessageSubmitter submitter, AttachmentReader attachments,
            MessageStore messages, MessageReader reader, SubmissionReader submissions, ReadMarker readMarker,
            CurrentCaller callers, IdempotentSubmission idempotent,
            @Value("${blo.api.idempotency-retention:24h}") Duration idempotencyRetention, NameSearch nameSearch,
            OverdueRequests overdueRequests) {
        this.submitter = submitter;
        this.attachments = attachments;
        this.messages = messages;
        this.reader = reader;
        this.submissions = submissions;
        this.readMarker = readMarker;
        this.callers = callers;
        this.idempotent = idempotent;
        this.idempotencyRetention = idempotencyRetention;
        this.nameSearch = nameSearch;
        this.overdueRequests = overdueRequests;
    }

    @Operation(summary = "Submit a message from the caller's office",
            description = "The node assigns id, createdAt and from (the caller's office), validates, checks the "
                    + "agreement, seals and queues it. 202 once it is stored in the outbox; it is normally handed to the "
                    + "broker before the answer, and otherwise the outbox relay sends it. An ALERT or NOTIFICATION may "
                    + "name an 'operationGroup' of the registry: the node adds every member the agreements allow and "
                    + "answers the others in 'leftOut' with the reason.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = EXAMPLE))))
    @ApiResponse(responseCode = "202", description = "accepted and queued")
    @ApiResponse(responseCode = "400", description = "invalid, with field errors")
    @ApiResponse(responseCode = "403", description = "no agreement allows it, or its operation group is not the "
            + "caller's or not running today, with the reason")
    @ApiResponse(responseCode = "413", description = "sealed envelope too large")
    @ApiResponse(responseCode = "409", description = "the first submission with this Idempotency-Key is still under way")
    @ApiResponse(responseCode = "422", description = "this Idempotency-Key was used for a different submission")
    @ApiResponse(responseCode = "503", description = "the node could not store it (e.g. its database is unavailable); nothing "
            + "was accepted, submit it again after Retry-After")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResponse> submit(@RequestBody String body,
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(name = IDEMPOTENCY_KEY,
                    required = false) Optional<String> idempotencyKey,
            Authentication authentication) throws SubmissionRefusedException {
        OfficeCaller caller = sender(authentication);
        LiaisonMessage message = submissions.read(body, caller);
        Submission submission = Submission.of(message, caller.name());
        if (idempotencyKey.isEmpty()) {
            SubmissionResult result = submitter.submit(submission);
            return accepted(result);
        }
        SubmissionKey key = new SubmissionKey(caller.office(), validKey(idempotencyKey.get()),
                SubmissionFingerprint.of(body));
        return submitOnce(key, message, () -> submitter.submit(submission));
    }

    @Operation(summary = "Submit a message with attachments (multipart/form-data)",
            description = "Part 'message': the JSON document as for a plain submission, without 'attachments'. "
                    + "Parts 'attachment': one file each, at most 20 MB. The node computes each attachment's name, "
                    + "media type, size and SHA-256 while it seals the file; the signed message binds them.")
    @ApiResponse(responseCode = "202", description = "accepted and queued, attachments sealed and stored")
    @ApiResponse(responseCode = "400", description = "invalid, with the reason")
    @ApiResponse(responseCode = "403", description = "no agreement allows it, with the reason")
    @ApiResponse(responseCode = "413", description = "an attachment is larger than 20 MB")
    @ApiResponse(responseCode = "503", description = "the node could not store it; nothing was accepted, submit it "
            + "again after Retry-After")
    @ApiResponse(responseCode = "409", description = "the first submission with this Idempotency-Key is still under way")
    @ApiResponse(responseCode = "422", description = "this Idempotency-Key was used for a different submission")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionResponse> submitWithAttachments(@RequestPart("message") String body,
            @RequestPart(name = "attachment", required = false) List<MultipartFile> files,
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @RequestHeader(name = IDEMPOTENCY_KEY,
                    required = false) Optional<String> idempotencyKey,
            Authentication authentication) throws SubmissionRefusedException, IOException {
        OfficeCaller caller = sender(authentication);
        LiaisonMessage message = submissions.readWithUploads(body, caller);
        List<AttachmentIntake.Upload> uploads = (files == null ? List.<MultipartFile>of() : files).stream()
                .map(file -> new AttachmentIntake.Upload(file.getOriginalFilename(), file.getContentType(), file))
                .toList();
        if (idempotencyKey.isEmpty()) {
            SubmissionResult result = submitter.submitWithAttachments(message, uploads, caller.name());
            return accepted(result);
        }
        SubmissionKey key = new SubmissionKey(caller.office(), validKey(idempotencyKey.get()),
                SubmissionFingerprint.of(body, uploads));
        return submitOnce(key, message, () -> submitter.submitWithAttachments(message, uploads, caller.name()));
    }

    /** A submission through the pipeline, answering what it accepted. */
    @FunctionalInterface
    private interface SubmitNow {
        SubmissionResult submit() throws SubmissionRefusedException;
    }

    /** A repeated key answers the first message's id and status; only the first answer lists the members left out. */
    private ResponseEntity<SubmissionResponse> submitOnce(SubmissionKey key, LiaisonMessage message,
            SubmitNow submitNow) throws SubmissionRefusedException {
        AtomicReference<List<LeftOutRecipient>> leftOut = new AtomicReference<>(List.of());
        try {
            SubmissionOutcome outcome = idempotent.submitOnce(key, message, idempotencyRetention,
                    () -> leftOut.set(submitNow.submit().leftOut()));
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new SubmissionResponse(outcome.messageId(), outcome.status().name(), leftOut.get()));
        } catch (SubmissionKeyConflictException e) {
            HttpStatus status = e.conflict() == SubmissionKeyConflictException.Conflict.REUSED
                    ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
            throw new ResponseStatusException(status, IDEMPOTENCY_KEY + ": " + e.getMessage(), e);
        }
    }

    private ResponseEntity<SubmissionResponse> accepted(SubmissionResult result) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new SubmissionResponse(result.messageId(), MessageStatus.QUEUED.name(), result.leftOut()));
    }

    private static String validKey(String key) {
        if (key.isEmpty() || key.length() > SubmissionKey.MAX_KEY_LENGTH
                || !key.chars().allMatch(character -> character >= 0x21 && character <= 0x7e)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, IDEMPOTENCY_KEY + " must have 1 to "
                    + SubmissionKey.MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    @Operation(summary = "One attachment of a message of the caller's office, decrypted and checked against its signed SHA-256")
    @ApiResponse(responseCode = "404", description = "no such message or attachment for this office")
    @GetMapping("/{id}/attachments/{index}")
    void attachment(@PathVariable String id, @PathVariable int index, Authentication authentication,
            HttpServletResponse response) throws IOException {
        OfficeCaller caller = callers.of(authentication);
        AttachmentReader.DecryptedAttachment attachment;
        try {
            attachment = attachments.decrypt(find(caller, id), caller.office(), index)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                            "message " + id + " has no attachment " + index));
        } catch (AttachmentUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage(), e);
        }
        try {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(mediaTypeOf(attachment.mediaType()));
            response.setContentLengthLong(attachment.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(attachment.name(), StandardCharsets.UTF_8).build().toString());
            Files.copy(attachment.file(), response.getOutputStream());
        } finally {
            Files.deleteIfExists(attachment.file());
        }
    }

    private static String mediaTypeOf(String declared) {
        try {
            return MediaType.parseMediaType(declared).toString();
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }

    @Operation(summary = "Messages addressed to the caller's office, newest first")
    @GetMapping("/inbox")
    MailboxView inbox(@Parameter(description = "only these statuses") @RequestParam Optional<Set<MessageStatus>> status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
            Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        return view(messages.inbox(query(caller, status, offset, limit)), caller);
    }

    @Operation(summary = "Messages sent by the caller's office, newest first, with QUEUED/SENT/DELIVERED/READ/FAILED "
            + "and, for an overdue request, 'overdue': UNREAD and/or UNANSWERED until a response closes it")
    @GetMapping("/outbox")
    MailboxView outbox(@RequestParam Optional<Set<MessageStatus>> status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
            Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        Map<String, List<OverdueReason>> overdue = overdueRequests.openByMessage(caller.office());
        MailboxView page = view(messages.outbox(query(caller, status, offset, limit)), caller);
        return page.withMessages(page.messages().stream()
                .map(message -> message.overdue(overdue.getOrDefault(message.messageId(), List.of())))
                .toList());
    }

    @Operation(summary = "Messages of the caller's office (inbox and outbox) naming a person, newest first",
            description = "Matches when each word of 'name' starts a word of a person's name in any script or "
                    + "romanisation the messages used (\"somchai\", \"jaid\" and \"สมชาย\" all find นายสมชาย ใจดี). "
                    + "At most " + NameSearch.MAX_HITS + " messages; other offices' traffic is never searched.")
    @ApiResponse(responseCode = "400", description = "no name, or more than " + MAX_NAME_LENGTH + " characters")
    @GetMapping("/search")
    MailboxView search(@RequestParam String name, Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        List<MessageView> found = nameSearch.find(caller.office(), name).stream()
                .map(hit -> (hit.direction() == Direction.INBOUND
                        ? messages.findInInbox(caller.office(), hit.messageId())
                        : messages.findInOutbox(caller.office(), hit.messageId())))
                .flatMap(Optional::stream)
                .map(stored -> MessageView.of(stored.summary()))
                .toList();
        return new MailboxView(caller.office(), found, found.size(), 0, NameSearch.MAX_HITS);
    }

    @Operation(summary = "One message of the caller's office: decrypted content, signer, certificate status, receipts")
    @ApiResponse(responseCode = "404", description = "no such message for this office")
    @GetMapping("/{id}")
    MessageDetail read(@PathVariable String id, Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        return reader.read(find(caller, id), caller.office());
    }

    @Operation(summary = "Mark a received message read; sends a signed READ receipt to the sender")
    @PostMapping("/{id}/read")
    MessageView markRead(@PathVariable String id, Authentication authentication) {
        OfficeCaller caller = sender(authentication);
        StoredMessage inbound = messages.findInInbox(caller.office(), id).orElseThrow(() -> notFound(id));
        readMarker.markRead(inbound, caller.office(), caller.name());
        return MessageView.of(messages.findInInbox(caller.office(), id).orElseThrow(() -> notFound(id)).summary());
    }

    private StoredMessage find(OfficeCaller caller, String id) {
        return messages.findInInbox(caller.office(), id)
                .or(() -> messages.findInOutbox(caller.office(), id))
                .orElseThrow(() -> notFound(id));
    }

    private OfficeCaller sender(Authentication authentication) {
        OfficeCaller caller = callers.of(authentication);
        if (!caller.maySend()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, caller.role() + " callers may not send");
        }
        return caller;
    }

    private static MailboxQuery query(OfficeCaller caller, Optional<Set<MessageStatus>> status, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MailboxQuery.MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "offset must be >= 0 and limit between 1 and " + MailboxQuery.MAX_LIMIT);
        }
        return new MailboxQuery(caller.office(), status.orElse(Set.of()), offset, limit);
    }

    private static MailboxView view(MailboxPage page, OfficeCaller caller) {
        return new MailboxView(caller.office(), page.messages().stream().map(MessageView::of).toList(),
                page.total(), page.offset(), page.limit());
    }

    /** Another office's message is reported as not found, so ids of others' traffic leak nothing. */
    static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no message " + id + " for your office");
    }
}
