package org.blohub.hub.cli;

/** The audit actor of a change made with the {@code users} command: the operating-system account that ran it. */
final class OperatorName {

    private OperatorName() {
    }

    static String current() {
        String account = System.getProperty("user.name", "unknown").replaceAll("\\s", "_");
        return "operator:" + (account.isEmpty() ? "unknown" : account);
    }
}
