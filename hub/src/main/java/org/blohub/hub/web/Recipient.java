package org.blohub.hub.web;

import java.util.Set;

import org.blohub.hub.registry.HandlingCode;
import org.blohub.hub.registry.MessageKind;

/**
 * An office the officer's office may write to under the registry's agreements, with what they allow.
 *
 * @param upTo  the most restrictive handling code any covering agreement allows
 * @param kinds the message kinds the covering agreements allow
 */
public record Recipient(String office, String name, HandlingCode upTo, Set<MessageKind> kinds) {

    public Recipient {
        kinds = Set.copyOf(kinds);
    }
}
