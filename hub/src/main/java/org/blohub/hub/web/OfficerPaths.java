package org.blohub.hub.web;

/** The officer's pages: only the OFFICER role (coordinators included) opens them. */
final class OfficerPaths {

    static final String[] ALL = {"/inbox/**", "/outbox/**", "/messages/**", "/compose/**", "/search/**", "/consent/**"};

    private OfficerPaths() {
    }
}
