package org.blohub.hub.pipeline;

/**
 * Published (as a Spring application event) once an arrived message is committed to the addressed
 * offices' inbox and audited DELIVERED; listeners run on the consuming thread, after the commit.
 * For push notifications and measurements. Carries routing metadata only, never content.
 */
public record MessageDelivered(String messageId, String fromOffice) {
}
