package org.blohub.hub.web;

import org.blohub.hub.registry.NetworkRegistry;
import org.springframework.stereotype.Component;

/** How the pages name an operation group: its name from the registry with its id, or the id alone if unknown here. */
@Component("operationGroupNames")
public class OperationGroupNames {

    private final NetworkRegistry registry;

    OperationGroupNames(NetworkRegistry registry) {
        this.registry = registry;
    }

    public String of(String groupId) {
        return registry.operationGroup(groupId).map(group -> group.name() + " (" + groupId + ")").orElse(groupId);
    }
}
