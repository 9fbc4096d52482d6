package org.blohub.hub.security;

/**
 * What a caller may do: officers and national systems send and read; an office's coordinators are officers who are
 * also given the office's overdue notices; auditors read; administrators manage.
 */
public enum CallerRole {
    OFFICER,
    COORDINATOR,
    SYSTEM,
    AUDITOR,
    ADMIN
}
