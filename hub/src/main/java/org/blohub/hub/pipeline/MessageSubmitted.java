package org.blohub.hub.pipeline;

/**
 * Published (as a Spring application event) once a submission from any channel (API, pages, adapters) is stored
 * in the outbox. Carries the id only, never content.
 */
public record MessageSubmitted(String messageId) {
}
