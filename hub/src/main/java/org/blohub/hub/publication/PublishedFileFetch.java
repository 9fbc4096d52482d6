package org.blohub.hub.publication;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches a file an authority publishes over HTTP or HTTPS: a signed registry, its signature, a CRL. The node trusts
 * what it fetched only after checking its signature, as for a file an operator copied; this class bounds the time
 * and the size and refuses anything but a 200 answer.
 */
public final class PublishedFileFetch {

    /** Far above a registry of a hundred offices or a CRL of thousands of entries. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public PublishedFileFetch(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
    }

    public byte[] fetch(URI uri) throws PublishedFileException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new PublishedFileException("cannot fetch " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishedFileException("fetching " + uri + " was interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new PublishedFileException("cannot fetch " + uri + ": HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new PublishedFileException("cannot fetch " + uri + ": larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new PublishedFileException("cannot read " + uri + ": " + e, e);
        }
    }
}
