package org.blohub.hub.security;

import java.util.Objects;

/**
 * An authenticated caller of the API, bound to exactly one office.
 *
 * @param name   the officer's user name or the API token's name
 * @param office the office whose traffic the caller may see and send
 * @param role   OFFICER, COORDINATOR, SYSTEM, AUDITOR or ADMIN
 */
public record OfficeCaller(String name, String office, CallerRole role) {

    public OfficeCaller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(role, "role");
    }

    /** May this caller send messages and mark them read (auditors only look). */
    public boolean maySend() {
        return acts(CallerRole.OFFICER) || role == CallerRole.SYSTEM;
    }

    /** Does this caller act in the role: its own, or OFFICER for a coordinator, who is an officer too. */
    public boolean acts(CallerRole asRole) {
        return role == asRole || (role == CallerRole.COORDINATOR && asRole == CallerRole.OFFICER);
    }
}
