package org.blohub.hub.demo;

import java.util.List;

/**
 * The demo's sign-in details, printed at start: one officer and one coordinator (role COORDINATOR) per office, one
 * API token per office for national systems, and one administrator (role ADMIN) and one auditor (role AUDITOR) per node, each
 * bound to the node's first office.
 */
public record DemoCredentials(List<Officer> officers, List<Officer> coordinators, List<ApiToken> tokens,
        List<Officer> admins, List<Officer> auditors) {

    public DemoCredentials {
        officers = List.copyOf(officers);
        coordinators = List.copyOf(coordinators);
        tokens = List.copyOf(tokens);
        admins = List.copyOf(admins);
        auditors = List.copyOf(auditors);
    }

    public record Officer(String node, String office, String user, String password) {
        @Override
        public String toString() {
            return "Officer[" + node + ", " + office + ", " + user + ", password=(hidden)]";
        }
    }

    public record ApiToken(String node, String office, String name, String token) {
        @Override
        public String toString() {
            return "ApiToken[" + node + ", " + office + ", " + name + ", token=(hidden)]";
        }
    }

    public Officer officerOf(String office) {
        return officers.stream().filter(officer -> officer.office().equals(office)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo officer for office " + office));
    }

    public Officer coordinatorOf(String office) {
        return coordinators.stream().filter(coordinator -> coordinator.office().equals(office)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo coordinator for office " + office));
    }

    public Officer adminOf(String node) {
        return admins.stream().filter(admin -> admin.node().equals(node)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo administrator for node " + node));
    }

    public Officer auditorOf(String node) {
        return auditors.stream().filter(auditor -> auditor.node().equals(node)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo auditor for node " + node));
    }

    public ApiToken tokenOf(String office) {
        return tokens.stream().filter(token -> token.office().equals(office)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo API token for office " + office));
    }
}
