package org.blohub.hub.web;

import java.util.List;

import org.blohub.hub.adapter.search.NameSearch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The search page's name field, answered by the same name index as {@code GET /api/messages/search?name=}. */
@Component
@ConditionalOnProperty(name = "blo.name-search.enabled", havingValue = "true", matchIfMissing = true)
class IndexedPersonNameSearch implements PersonNameSearch {

    private final NameSearch names;

    IndexedPersonNameSearch(NameSearch names) {
        this.names = names;
    }

    @Override
    public List<String> messageIds(String office, String name) {
        return names.find(office, name).stream().map(NameSearch.Hit::messageId).toList();
    }
}
