package org.blohub.hub.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Asks a peer node's audit API ({@code GET /api/audit/witnessed/{node}}, an AUDITOR account of that peer) for the
 * largest checkpoint of the given node's log it cosigned: empty when it cosigned none.
 */
final class PeerWitnessQuery {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI peer;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    PeerWitnessQuery(URI peer, String user, String password) {
        this.peer = peer;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI peer() {
        return peer;
    }

    Optional<String> witnessedCheckpointOf(String node) throws CommandInputException {
        URI uri = peer.resolve("/api/audit/witnessed/" + node);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", authorization)
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandInputException("cannot reach peer " + peer + " (" + e.getMessage() + "): its cosigned "
                    + "checkpoint of " + node + " is needed to know whether the backup is older; try again when it "
                    + "answers", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandInputException("interrupted while asking " + uri, e);
        }
        return switch (response.statusCode()) {
            case 200 -> Optional.of(response.body());
            case 404 -> Optional.empty();
            case 401, 403 -> throw new CommandInputException("peer " + peer + " refused the account (HTTP "
                    + response.statusCode() + "): give an AUDITOR account of that node with --peer-user and "
                    + "--peer-password-file");
            default -> throw new CommandInputException("peer " + peer + " answered " + uri + " with HTTP "
                    + response.statusCode());
        };
    }
}
