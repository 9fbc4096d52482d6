package org.blohub.hub.web;

import java.util.List;

/**
 * Finds an office's messages by a person's name, in any script or romanisation. The search page offers a name field
 * only when a bean of this type exists; it is meant to call the same matcher as {@code GET /api/messages/search?name=}.
 */
public interface PersonNameSearch {

    /** Ids of the office's messages naming a person like {@code name}, newest first. */
    List<String> messageIds(String office, String name);
}
