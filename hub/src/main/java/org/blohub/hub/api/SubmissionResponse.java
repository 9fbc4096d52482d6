package org.blohub.hub.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.blohub.hub.pipeline.LeftOutRecipient;

/**
 * What the API answers to an accepted submission; for a message to an operation group, the members it does not go
 * to and why ({@code leftOut}, omitted when empty).
 */
public record SubmissionResponse(String messageId, String status,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LeftOutRecipient> leftOut) {

    public SubmissionResponse {
        leftOut = List.copyOf(leftOut);
    }
}
