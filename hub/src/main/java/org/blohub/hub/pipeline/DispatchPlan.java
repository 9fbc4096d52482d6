package org.blohub.hub.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.store.MessageHeader;
import org.springframework.stereotype.Component;

/**
 * Splits a recorded message into one {@link Dispatch} per destination node, from the stored header
 * alone, so the submission and the outbox relay send exactly the same JMS messages.
 */
@Component
class DispatchPlan {

    private final NetworkRegistry registry;

    DispatchPlan(NetworkRegistry registry) {
        this.registry = registry;
    }

    List<Dispatch> of(MessageHeader header, byte[] envelope) {
        Map<String, List<String>> officesByNode = new LinkedHashMap<>();
        for (String office : header.toOffices()) {
            String node = registry.nodeOf(office).orElseThrow().name();
            officesByNode.computeIfAbsent(node, key -> new ArrayList<>()).add(office);
        }
        return officesByNode.entrySet().stream()
                .map(entry -> new Dispatch(entry.getKey(), header.messageId(), header.fromOffice(), entry.getValue(),
                        header.kind(), header.priority(), header.expiresAt().orElseThrow(), envelope))
                .toList();
    }
}
