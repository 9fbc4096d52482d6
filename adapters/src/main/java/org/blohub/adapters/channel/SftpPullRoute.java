package org.blohub.adapters.channel;

import org.apache.camel.builder.RouteBuilder;

/**
 * Fetches each complete file (unchanged between two listings) from the national system's SFTP directory into the
 * adapter's local inbox, under a hidden temporary name renamed when complete, and only then deletes it on the server.
 * The local directory drop does the rest (translation, done/, error/ and error files, idempotency by file digest).
 * If the local copy fails, the file stays on the server and is fetched again at the next poll.
 */
public final class SftpPullRoute extends RouteBuilder {

    private final SftpPull pull;

    public SftpPullRoute(SftpPull pull) {
        this.pull = pull;
    }

    @Override
    public void configure() {
        from(sourceUri()).routeId(pull.routeId())
                .to("file:" + pull.localInbox().toAbsolutePath() + "?tempFileName=.${file:onlyname}.part&fileExist=Fail");
    }

    String sourceUri() {
        return "sftp://" + pull.host() + ":" + pull.port() + "/" + pull.remoteDirectory()
                + "?username=" + pull.user() + "&password=RAW(" + pull.password() + ")"
                + "&knownHostsFile=" + pull.knownHostsFile().toAbsolutePath() + "&strictHostKeyChecking=yes"
                + "&useUserKnownHostsFile=false&binary=true&delete=true&delay=" + pull.poll().toMillis()
                + "&readLock=changed&readLockMinLength=0&readLockCheckInterval=" + pull.poll().toMillis()
                + "&antExclude=.*,*.tmp,*.part";
    }
}
