package org.blohub.hub.api;

import java.time.Clock;
import java.util.List;

import org.blohub.adapters.canonical.FieldError;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.LiaisonMessageFormatException;
import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.MissingFieldException;
import org.blohub.hub.pipeline.SubmissionRefusedException;
import org.blohub.hub.security.OfficeCaller;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a submitted JSON document into a canonical message. The node assigns the id, the creation
 * time and the sending office (the caller's); the conversation defaults to a new one.
 */
@Component
class SubmissionReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ASSIGNED_BY_NODE = List.of("id", "from", "createdAt");

    private final LiaisonMessageJson canonical;
    private final MessageIds ids;
    private final Clock clock;
    private final SubmissionSchema schema;

    SubmissionReader(LiaisonMessageJson canonical, MessageIds ids, Clock clock, SubmissionSchema schema) {
        this.canonical = canonical;
        this.ids = ids;
        this.clock = clock;
        this.schema = schema;
    }

    /** A JSON submission: attachments can only be described here if their files are uploaded too, so none. */
    LiaisonMessage read(String body, OfficeCaller caller) throws SubmissionRefusedException {
        return read(body, caller, "attach files with a multipart/form-data submission (parts 'message' and "
                + "'attachment'); the node then computes name, media type, size and SHA-256");
    }

    /** The 'message' part of a multipart submission; its descriptors come from the uploaded files. */
    LiaisonMessage readWithUploads(String body, OfficeCaller caller) throws SubmissionRefusedException {
        return read(body, caller, "leave 'attachments' out of the 'message' part: the node computes name, media "
                + "type, size and SHA-256 from the 'attachment' parts");
    }

    private LiaisonMessage read(String body, OfficeCaller caller, String attachmentsHint)
            throws SubmissionRefusedException {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("the request body is not JSON");
        }
        if (!(tree instanceof ObjectNode submission)) {
            throw invalid("the request body must be a JSON object");
        }
        for (String field : ASSIGNED_BY_NODE) {
            if (submission.has(field)) {
                throw invalid("'" + field + "' is assigned by the node; leave it out");
            }
        }
        String id = ids.next();
        submission.put("id", id);
        submission.put("from", caller.office());
        submission.put("createdAt", clock.instant().toString());
        if (!submission.has("conversationId")) {
            submission.put("conversationId", id);
        }
        if (submission.has("operationGroup") && !submission.has("to")) {
            submission.putArray("to");
        }
        if (!submission.has("entities")) {
            ObjectNode entities = submission.putObject("entities");
            List.of("persons", "documents", "vehicles", "vessels", "seizures").forEach(entities::putArray);
        }
        JsonNode attachments = submission.get("attachments");
        if (attachments != null && !(attachments.isArray() && attachments.isEmpty())) {
            throw invalid("'attachments' cannot be given as descriptors: " + attachmentsHint);
        }
        submission.putArray("attachments");
        List<FieldError> schemaErrors = schema.check(submission);
        if (!schemaErrors.isEmpty()) {
            throw new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID,
                    "the message does not match the published schema (liaison-message.schema.json)", schemaErrors);
        }
        try {
            return canonical.fromJson(JSON.writeValueAsString(submission));
        } catch (LiaisonMessageFormatException | MissingFieldException e) {
            throw invalid(e.getMessage());
        }
    }

    private static SubmissionRefusedException invalid(String message) {
        return new SubmissionRefusedException(SubmissionRefusedException.Problem.INVALID, message, List.of());
    }
}
