package org.blohub.hub.api;

/** What the API answers to an accepted submission. */
public record SubmissionResponse(String messageId, String status) {
}
