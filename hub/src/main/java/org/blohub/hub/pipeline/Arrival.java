package org.blohub.hub.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.hub.broker.BloHeaders;

/**
 * The clear routing properties of a message that arrived on {@code blo.inbound}, as the sender
 * claims them, and the user the receiving broker authenticated for the delivering connection. Nothing the
 * sender set is trusted until the envelope is opened and compared.
 */
record Arrival(String messageId, String fromOffice, List<String> toOffices, Optional<String> fromNode,
        Optional<String> kind, Optional<String> priority, Optional<String> validatedUser, Optional<String> bundleNode) {

    static Arrival of(Map<String, Object> headers) {
        return new Arrival(text(headers, BloHeaders.MESSAGE_ID).orElse(""),
                text(headers, BloHeaders.FROM_OFFICE).orElse(""),
                text(headers, BloHeaders.TO_OFFICES).map(list -> Arrays.stream(list.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(List.of()),
                text(headers, BloHeaders.FROM_NODE), text(headers, BloHeaders.KIND),
                text(headers, BloHeaders.PRIORITY), text(headers, BloHeaders.VALIDATED_USER_AS_JMS),
                text(headers, BloHeaders.BUNDLE_NODE));
    }

    boolean hasValidId() {
        return MessageIds.isUlid(messageId);
    }

    private static Optional<String> text(Map<String, Object> headers, String name) {
        return Optional.ofNullable(headers.get(name)).map(Object::toString).filter(s -> !s.isBlank());
    }
}
