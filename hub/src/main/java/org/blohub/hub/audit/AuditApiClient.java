package org.blohub.hub.audit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import javax.net.ssl.SSLContext;

import org.blohub.crypto.merkle.ConsistencyProof;
import org.blohub.crypto.merkle.InclusionProof;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An auditor's HTTP client of a node's audit API (docs/audit.md), with HTTP Basic credentials. */
public final class AuditApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MESSAGE_EVENTS = 1000;

    private final URI node;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    AuditApiClient(URI node, String user, String password) {
        this(node, user, password, Duration.ofMinutes(2));
    }

    /** @param timeout how long to wait for the connection and for each answer */
    public AuditApiClient(URI node, String user, String password, Duration timeout) {
        this(node, user, password, timeout, Optional.empty());
    }

    /** @param tls the trust for an {@code https} node, e.g. including the regional root that issued its certificate */
    public AuditApiClient(URI node, String user, String password, Duration timeout, SSLContext tls) {
        this(node, user, password, timeout, Optional.of(tls));
    }

    private AuditApiClient(URI node, String user, String password, Duration timeout, Optional<SSLContext> tls) {
        this.node = node;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(
                timeout.compareTo(Duration.ofSeconds(30)) < 0 ? timeout : Duration.ofSeconds(30));
        tls.ifPresent(builder::sslContext);
        this.http = builder.build();
    }

    /** The node's entries about one message (index and exact leaf bytes), at most {@value #MESSAGE_EVENTS}. */
    public List<LogEntry> messageEntries(String messageId) {
        JsonNode events = json("/api/audit/events?limit=" + MESSAGE_EVENTS + "&messageId="
                + URLEncoder.encode(messageId, StandardCharsets.UTF_8));
        if (!events.isArray()) {
            throw new AuditException("node " + node + " answered the events of message " + messageId
                    + " with something other than a JSON array");
        }
        List<LogEntry> entries = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode index = event.get("index");
            JsonNode leaf = event.get("leaf");
            if (index == null || !index.isIntegralNumber() || leaf == null || !leaf.isString()) {
                throw new AuditException("node " + node + " served an event of message " + messageId
                        + " without a numeric index and a base64 leaf");
            }
            try {
                entries.add(LogEntry.served(index.asLong(), Base64.getDecoder().decode(leaf.asString())));
            } catch (IllegalArgumentException e) {
                throw new AuditException("node " + node + " served entry " + index.asLong() + " whose leaf is not"
                        + " base64", e);
            }
        }
        return entries;
    }

    public String checkpoint() {
        return get("/api/audit/checkpoint");
    }

    /** Entries {@code [0, size)}, page by page; {@code progress} is told how many have arrived. */
    public List<LogEntry> entries(long size, LongConsumer progress) {
        List<LogEntry> entries = new ArrayList<>();
        long start = 0;
        while (start < size) {
            JsonNode page = json("/api/audit/entries?start=" + start + "&end=" + size);
            JsonNode list = page.get("entries");
            if (list == null || list.isEmpty()) {
                throw new AuditException("node " + node + " served no entries from index " + start + " of " + size);
            }
            list.forEach(entry -> entries.add(LogEntry.served(entry.get("index").asLong(),
                    Base64.getDecoder().decode(entry.get("leaf").asString()))));
            start = page.get("end").asLong();
            progress.accept(entries.size());
        }
        return entries;
    }

    public InclusionProof inclusionProof(long index, long size) {
        JsonNode proof = json("/api/audit/proof/inclusion?index=" + index + "&size=" + size);
        return new InclusionProof(proof.get("index").asLong(), proof.get("treeSize").asLong(), hashes(proof));
    }

    public ConsistencyProof consistencyProof(long first, long second) {
        JsonNode proof = json("/api/audit/proof/consistency?first=" + first + "&second=" + second);
        return new ConsistencyProof(proof.get("firstSize").asLong(), proof.get("secondSize").asLong(), hashes(proof));
    }

    private List<byte[]> hashes(JsonNode proof) {
        JsonNode path = proof.get("path");
        if (path == null || !path.isArray()) {
            throw new AuditException("node " + node + " served a proof without a path of hashes");
        }
        List<byte[]> hashes = new ArrayList<>();
        try {
            path.forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asString())));
        } catch (IllegalArgumentException e) {
            throw new AuditException("node " + node + " served a proof hash that is not base64", e);
        }
        return hashes;
    }

    private JsonNode json(String path) {
        try {
            return JSON.readTree(get(path));
        } catch (JacksonException e) {
            throw new AuditException("node " + node + " answered " + path + " with something other than JSON", e);
        }
    }

    private String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path)).timeout(timeout)
                .header("Authorization", authorization).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AuditException("node " + node + " answered " + path + " with HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new AuditException("cannot reach " + node + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException("interrupted while calling " + node + path, e);
        }
    }
}
