package org.blohub.hub.chaos;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The soak's load: messages of mixed kinds, priorities, handling codes and sizes (a few hundred bytes to tens of KiB,
 * a few with an attachment), half from TH-CHIANGKHONG to LA-HOUAYXAY and half back, submitted over the HTTP API
 * with the offices' demo API tokens by {@link #SUBMITTERS} threads (two per node).
 *
 * <p>A message counts as accepted only on 202. A failed attempt (connection refused or reset while its node is down,
 * 5xx while it starts, 409 while an earlier attempt with the key is still under way) is tried again after a second
 * with the same {@code Idempotency-Key} and the same body, for up to {@link #PATIENCE}; a message still not accepted
 * then counts as not accepted. Any other answer (a 4xx) is a refusal, which the soak reports as a failure.
 */
final class ChaosLoad {

    static final int SUBMITTERS = 4;
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final List<String> KINDS = List.of("REQUEST", "NOTIFICATION", "ALERT");
    private static final List<String> PRIORITIES = List.of("FLASH", "IMMEDIATE", "ROUTINE");
    private static final List<String> HANDLING = List.of("H0", "H1", "H2", "H3");
    private static final int[] BODY_SIZES = {300, 900, 2_500, 8_000, 24_000, 60_000};
    private static final String BOUNDARY = "blo-chaos-boundary";

    /** One message as planned; its body is the same at every attempt, as the idempotency key requires. */
    record Planned(int number, String node, String from, String to, String key, String json, byte[] attachment) {

        String direction() {
            return node + "->" + ChaosNetwork.peerOf(node);
        }
    }

    /** A message the sender's node answered 202 for. */
    record Accepted(Planned planned, String messageId) {
    }

    /** A message the node refused (4xx other than 409), with its answer. */
    record Refused(Planned planned, int status, String body) {
    }

    /** Holds a submitter back before a message, e.g. until a fault due earlier in the load has begun. */
    @FunctionalInterface
    interface Gate {
        void awaitClearFor(int number) throws InterruptedException;
    }

    private final ChaosNetwork network;
    private final Gate gate;
    private final List<Planned> plan;
    private final Map<Integer, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, Refused> refused = new ConcurrentHashMap<>();
    private final Map<Integer, Planned> notAccepted = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger attachments = new AtomicInteger();
    private volatile boolean stopped;

    ChaosLoad(ChaosNetwork network, int messages, long seed, Gate gate) {
        this.network = network;
        this.gate = gate;
        Random random = new Random(seed ^ 0x5EEDL);
        List<Planned> planned = new ArrayList<>();
        for (int number = 0; number < messages; number++) {
            boolean fromTh = number % 2 == 0;
            String from = fromTh ? "TH-CHIANGKHONG" : "LA-HOUAYXAY";
            String to = fromTh ? "LA-HOUAYXAY" : "TH-CHIANGKHONG";
            String handling = HANDLING.get(random.nextInt(HANDLING.size()));
            String json = """
                    {"to": ["%s"], "kind": "%s", "priority": "%s", "handling": {"code": "%s"%s},
                     "language": "en", "subject": "Chaos soak %d", "body": "%s"}"""
                    .formatted(to, KINDS.get(random.nextInt(KINDS.size())),
                            PRIORITIES.get(random.nextInt(PRIORITIES.size())), handling,
                            handling.equals("H3") ? ", \"restrictionText\": \"Liaison use only\"" : "", number,
                            body(random, BODY_SIZES[random.nextInt(BODY_SIZES.length)]));
            byte[] attachment = null;
            if (random.nextInt(50) == 0) {
                attachment = new byte[20_000 + random.nextInt(180_000)];
                random.nextBytes(attachment);
                attachments.incrementAndGet();
            }
            planned.add(new Planned(number, fromTh ? "TH" : "LA", from, to, "chaos-" + seed + "-" + number, json,
                    attachment));
        }
        this.plan = List.copyOf(planned);
    }

    private static String body(Random random, int approximateSize) {
        String[] words = {"pickup", "crossed", "checkpoint", "river", "ferry", "cargo", "plate", "manifest", "at",
            "dawn", "the", "boat", "seized", "pangolin", "scales", "kg", "permit", "driver", "convoy", "north"};
        StringBuilder body = new StringBuilder(approximateSize + 16);
        while (body.length() < approximateSize) {
            body.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return body.toString().strip();
    }

    /** Submits every planned message; returns when each is accepted, refused or given up. */
    void run() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int submitter = 0; submitter < SUBMITTERS; submitter++) {
            int first = submitter;
            Thread thread = new Thread(() -> {
                try {
                    for (int index = first; index < plan.size() && !stopped; index += SUBMITTERS) {
                        gate.awaitClearFor(index);
                        submit(plan.get(index));
                        finished.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "chaos-submitter-" + submitter);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void submit(Planned message) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp) && !stopped) {
            try {
                HttpResponse<String> response = network.send(request(message));
                if (response.statusCode() == 202) {
                    String id = ChaosNetwork.JSON.readTree(response.body()).get("messageId").asString();
                    accepted.put(message.number(), new Accepted(message, id));
                    return;
                }
                if (response.statusCode() != 409 && response.statusCode() < 500) {
                    refused.put(message.number(), new Refused(message, response.statusCode(), response.body()));
                    return;
                }
            } catch (IOException nodeDownOrStarting) {
                // tried again below with the same key
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        notAccepted.put(message.number(), message);
    }

    private HttpRequest request(Planned message) {
        HttpRequest.Builder request = network.asSystem(message.node(), message.from(), "/api/messages")
                .header("Idempotency-Key", message.key());
        if (message.attachment() == null) {
            return request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(message.json(), StandardCharsets.UTF_8)).build();
        }
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"message\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + message.json() + "\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"attachment\"; filename=\"scan-" + message.number()
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(message.attachment()),
                        HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8)))
                .build();
    }

    /** Ends the load early (a fault could not be carried out): what is under way is given up, the rest not sent. */
    void stop() {
        stopped = true;
    }

    int planned() {
        return plan.size();
    }

    int finished() {
        return finished.get();
    }

    int retries() {
        return retries.get();
    }

    int withAttachment() {
        return attachments.get();
    }

    int acceptedCount() {
        return accepted.size();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted.values());
    }

    List<Refused> refused() {
        return List.copyOf(refused.values());
    }

    List<Planned> notAccepted() {
        return List.copyOf(notAccepted.values());
    }
}
