package org.blohub.hub.retention;

import java.util.List;

/** A message whose content is due for purging, with the header fields its PURGED event names (never content). */
record PurgeCandidate(String messageId, String conversationId, String fromOffice, List<String> toOffices,
        String envelopeSha256) {

    PurgeCandidate {
        toOffices = List.copyOf(toOffices);
    }
}
