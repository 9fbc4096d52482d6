package org.blohub.adapters.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one SFTP pull: files of {@code remoteDirectory} on the national system's server are fetched into the
 * adapter's local inbox, where the directory drop takes them.
 *
 * @param knownHostsFile OpenSSH known_hosts file naming the server's host key; no other key is accepted
 */
public record SftpPull(String routeId, String host, int port, String user, String password, Path knownHostsFile,
        String remoteDirectory, Duration poll, Path localInbox) {

    public SftpPull {
        Objects.requireNonNull(routeId, "routeId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(knownHostsFile, "knownHostsFile");
        Objects.requireNonNull(remoteDirectory, "remoteDirectory");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(localInbox, "localInbox");
    }

    @Override
    public String toString() {
        return "SftpPull[" + user + "@" + host + ":" + port + "/" + remoteDirectory + " -> " + localInbox + "]";
    }
}
