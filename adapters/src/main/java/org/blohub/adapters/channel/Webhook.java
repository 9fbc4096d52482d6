package org.blohub.adapters.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.blohub.adapters.spi.RenderedDocument;

/**
 * POSTs rendered documents to a national system's URL, signed ({@link WebhookSignature}), retrying with doubling
 * back-off (each attempt newly signed) until it answers 2xx or the attempts are used up. The document's file name
 * travels in {@code X-BLO-Document}, so the system can tell a repeat from a new document.
 */
public final class Webhook {

    /**
     * @param attempts     calls per {@link #post}, at least 1
     * @param firstBackoff the wait after the first failure; doubled after each further one, up to {@code maxBackoff}
     */
    public record Settings(URI url, byte[] secret, Duration timeout, int attempts, Duration firstBackoff,
            Duration maxBackoff) {

        public Settings {
            Objects.requireNonNull(url, "url");
            secret = Objects.requireNonNull(secret, "secret").clone();
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }
    }

    /** Waits between attempts; tests and the node pass {@code Thread::sleep}. */
    @FunctionalInterface
    public interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final Settings settings;
    private final WebhookSignature signature;
    private final HttpClient http;
    private final Clock clock;
    private final Pause pause;

    public Webhook(Settings settings, Clock clock, Pause pause) {
        this.settings = settings;
        this.signature = new WebhookSignature(settings.secret());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * @return the number of attempts it took
     * @throws WebhookException when no attempt was answered 2xx; the caller tries again later
     */
    public int post(RenderedDocument document) {
        Duration backoff = settings.firstBackoff();
        String lastFailure = "";
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                int status = call(document);
                if (status >= 200 && status < 300) {
                    return attempt;
                }
                lastFailure = "answered HTTP " + status;
            } catch (IOException e) {
                lastFailure = "not reachable: " + e.getMessage();
            }
            if (attempt < settings.attempts()) {
                try {
                    pause.sleep(backoff.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new WebhookException(settings.url() + ": interrupted while waiting to try again", e);
                }
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
        throw new WebhookException(settings.url() + " " + lastFailure + " (" + settings.attempts() + " attempts)");
    }

    private int call(RenderedDocument document) throws IOException {
        byte[] body = document.content();
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", document.mediaType())
                .header("X-BLO-Document", document.fileName())
                .header(WebhookSignature.HEADER, signature.header(clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookException(settings.url() + ": interrupted during the call", e);
        }
    }
}
