package org.blohub.hub.security;

/** What a caller may do: officers and national systems send and read; auditors read; administrators manage. */
public enum CallerRole {
    OFFICER,
    SYSTEM,
    AUDITOR,
    ADMIN
}
