package org.blohub.hub.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The two forms of the registry file: the template an administrator writes (no certificates) and
 * the published registry (the template plus serial, issue time and every certificate).
 */
enum RegistryForm {
    TEMPLATE(List.of(), List.of(), List.of()),
    PUBLISHED(List.of("serial", "issuedAt", "certificateAuthorities"),
            List.of("tlsCertificate", "auditLogKey", "auditWitnessKey"),
            List.of("signingCertificate", "encryptionCertificate"));

    private static final List<String> TOP_LEVEL =
            List.of("domain", "nodes", "offices", "agreements", "operationGroups");
    private static final List<String> NODE = List.of("name", "country", "displayName", "broker", "httpPort");
    private static final List<String> OFFICE = List.of("id", "node", "displayName", "cryptoProfile");

    private final List<String> extraTopLevel;
    private final List<String> extraNode;
    private final List<String> extraOffice;

    RegistryForm(List<String> extraTopLevel, List<String> extraNode, List<String> extraOffice) {
        this.extraTopLevel = extraTopLevel;
        this.extraNode = extraNode;
        this.extraOffice = extraOffice;
    }

    List<String> topLevelFields() {
        return concat(TOP_LEVEL, extraTopLevel);
    }

    List<String> nodeFields() {
        return concat(NODE, extraNode);
    }

    List<String> officeFields() {
        return concat(OFFICE, extraOffice);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
