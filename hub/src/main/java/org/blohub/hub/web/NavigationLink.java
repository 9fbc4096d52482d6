package org.blohub.hub.web;

import java.util.Objects;

import org.blohub.hub.security.CallerRole;

/**
 * One entry of the page header's navigation, shown to users of one role. Declare them as beans; the header lists
 * them in bean order.
 *
 * @param path     where it leads, e.g. {@code /inbox}
 * @param labelKey the message bundle key of its label
 * @param role     who sees it
 */
public record NavigationLink(String path, String labelKey, CallerRole role) {

    public NavigationLink {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(role, "role");
    }
}
