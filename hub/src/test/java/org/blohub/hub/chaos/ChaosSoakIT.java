package org.blohub.hub.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.blohub.hub.audit.VerifyLogRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos soak (docs/reliability.md, "Chaos soak"): TH and LA as node JVMs with a {@link ChaosProxy} in each
 * direction of their bridges, a mixed load in both directions ({@link ChaosLoad}), and meanwhile SIGKILLs of either
 * node (restarted on the same data after a random pause) and link faults (cut, stall, slow, reset) at moments drawn
 * from a seeded {@link Random}. Once the load is in, both nodes run and the link passes, every accepted message must
 * be DELIVERED at its sender and in its receiver's inbox exactly once, nothing may be stuck, refused or quarantined,
 * and both audit logs must verify with their latest checkpoint cosigned by the peer.
 *
 * <p>{@code -Dblo.chaos.seed=N} repeats a run's faults and load; {@code -Dblo.chaos=long} runs the long version.
 */
class ChaosSoakIT {

    /** The soak's size: messages, SIGKILLs, link faults, and the ranges their random pauses and durations come from. */
    record Size(String name, int messages, int kills, int linkFaults, Duration maxKillPause, Duration minLinkFault,
            Duration maxLinkFault, Duration drainPatience) {

        static Size fromProperties() {
            Size base = "long".equals(System.getProperty("blo.chaos"))
                    ? new Size("long", 10_000, 20, 10, Duration.ofSeconds(60), Duration.ofSeconds(20),
                            Duration.ofMinutes(4), Duration.ofMinutes(60))
                    : new Size("ci", 1_000, 3, 4, Duration.ofSeconds(15), Duration.ofSeconds(5),
                            Duration.ofSeconds(25), Duration.ofMinutes(15));
            return new Size(base.name(), Integer.getInteger("blo.chaos.messages", base.messages()),
                    Integer.getInteger("blo.chaos.kills", base.kills()),
                    Integer.getInteger("blo.chaos.link-faults", base.linkFaults()), base.maxKillPause(),
                    base.minLinkFault(), base.maxLinkFault(), base.drainPatience());
        }
    }

    enum LinkFault {
        CUT, STALL, SLOW, RESET
    }

    /** A fault planned at the moment the load has finished {@code atMessage} messages. */
    record Fault(int atMessage, String node, Optional<LinkFault> link, Duration length) {
    }

    private static final Pattern COSIGNATURES = Pattern.compile("(\\d+) verified cosignature");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path directory;

    private ChaosNetwork network;
    private final Map<String, AtomicInteger> kills = new ConcurrentHashMap<>();
    private final Map<LinkFault, AtomicInteger> linkFaults = new ConcurrentHashMap<>();
    private final List<String> faultLog = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopEverything() throws Exception {
        if (network != null) {
            network.close();
        }
    }

    @Test
    void everyAcceptedMessageArrivesOnceAndComesBackDeliveredThroughKillsAndLinkFaults() throws Exception {
        long seed = Long.getLong("blo.chaos.seed", new Random().nextLong());
        Size size = Size.fromProperties();
        System.out.printf("BLO chaos soak: seed %d (repeat with -Dblo.chaos.seed=%d), size %s%n", seed, seed, size);
        Random random = new Random(seed);
        Instant began = Instant.now();

        network = ChaosNetwork.create(directory);
        for (String node : ChaosNetwork.NODES) {
            network.start(node);
        }
        for (String node : ChaosNetwork.NODES) {
            network.awaitHealthy(node);
        }
        for (String node : ChaosNetwork.NODES) {
            network.awaitLinkUp(node, Duration.ofMinutes(3));
        }
        Instant loadBegan = Instant.now();

        List<Fault> killPlan = killPlan(random, size);
        List<Fault> linkPlan = linkPlan(random, size);
        PendingFaults pending = new PendingFaults();
        killPlan.forEach(fault -> pending.add(fault.atMessage()));
        linkPlan.forEach(fault -> pending.add(fault.atMessage()));
        ChaosLoad load = new ChaosLoad(network, size.messages(), seed, pending);
        List<Throwable> faultFailures = Collections.synchronizedList(new ArrayList<>());
        Thread killer = faultThread("chaos-kills", killPlan, load, pending, this::kill, faultFailures);
        Thread linkBreaker = faultThread("chaos-link", linkPlan, load, pending, this::breakLink, faultFailures);
        Thread progress = progressPrinter(load);
        load.run();
        progress.interrupt();
        killer.join();
        linkBreaker.join();
        assertThat(faultFailures).as("faults that could not be carried out (a node that did not restart)")
                .extracting(Throwable::toString).isEmpty();
        Instant loadEnded = Instant.now();

        for (String node : ChaosNetwork.NODES) {
            network.proxyInFrontOf(node).pass();
            assertThat(network.isAlive(node)).as(node + " runs at the end of the load").isTrue();
            network.awaitHealthy(node);
        }
        List<ChaosLoad.Accepted> accepted = load.accepted();
        Optional<String> undrained = awaitDrain(accepted, size.drainPatience());
        Instant drained = Instant.now();

        Map<String, String> auditVerdicts = new LinkedHashMap<>();
        for (String node : ChaosNetwork.NODES) {
            auditVerdicts.put(node, awaitLogVerifiedAndCosigned(node, Duration.ofMinutes(5)));
        }
        for (String node : ChaosNetwork.NODES) {
            network.stop(node);
        }
        Findings findings = findingsFromDatabases(accepted, load.notAccepted().size());

        printFigures(seed, size, load, accepted, findings, began, loadBegan, loadEnded, drained, undrained);
        auditVerdicts.forEach((node, verdict) -> System.out.println("audit log of " + node + ": " + verdict));

        assertThat(load.refused()).as("valid messages refused by a node (status, answer)")
                .extracting(refusal -> refusal.planned().number() + " " + refusal.planned().direction() + ": "
                        + refusal.status() + " " + refusal.body())
                .isEmpty();
        assertThat(undrained).as("messages not DELIVERED at their sender after %s", size.drainPatience()).isEmpty();
        assertThat(findings.lost()).as("accepted messages missing from the receiver's inbox or the sender's outbox").isEmpty();
        assertThat(findings.duplicated()).as("messages delivered more than once (message id: count)").isEmpty();
        assertThat(findings.wrongState()).as("messages in a wrong or stuck state").isEmpty();
        assertThat(findings.unexpected()).as("messages no accepted submission accounts for").isEmpty();
        assertThat(auditVerdicts).as("each node's audit log verified by verify-log, its checkpoint cosigned by the peer")
                .allSatisfy((node, verdict) -> assertThat(verdict).startsWith("verified and cosigned"));
    }

    private static List<Fault> killPlan(Random random, Size size) {
        List<Fault> plan = new ArrayList<>();
        for (int i = 0; i < size.kills(); i++) {
            plan.add(new Fault(moment(random, size), ChaosNetwork.NODES.get(random.nextInt(2)), Optional.empty(),
                    Duration.ofMillis(1_000 + random.nextLong(size.maxKillPause().toMillis()))));
        }
        plan.sort((a, b) -> Integer.compare(a.atMessage(), b.atMessage()));
        return plan;
    }

    /** At least one of each link fault when there are enough, the rest at random; in random order. */
    private static List<Fault> linkPlan(Random random, Size size) {
        List<LinkFault> kinds = new ArrayList<>();
        for (int i = 0; i < size.linkFaults(); i++) {
            kinds.add(i < LinkFault.values().length ? LinkFault.values()[i]
                    : LinkFault.values()[random.nextInt(2)]);
        }
        Collections.shuffle(kinds, random);
        List<Fault> plan = new ArrayList<>();
        long spread = size.maxLinkFault().minus(size.minLinkFault()).toMillis();
        for (LinkFault kind : kinds) {
            plan.add(new Fault(moment(random, size), "both", Optional.of(kind),
                    size.minLinkFault().plusMillis(random.nextLong(spread + 1))));
        }
        plan.sort((a, b) -> Integer.compare(a.atMessage(), b.atMessage()));
        return plan;
    }

    /** A moment during the load, between 3% and 90% of the messages. */
    private static int moment(Random random, Size size) {
        int first = size.messages() * 3 / 100;
        return first + random.nextInt(Math.max(1, size.messages() * 90 / 100 - first));
    }

    @FunctionalInterface
    private interface FaultAction {
        void run(Fault fault) throws Exception;
    }

    /**
     * The moments of the faults that have not begun. The load runs at most {@link #SLACK} messages past a fault's
     * moment before the fault begins: a fault (e.g. a kill while the other node restarts from the previous one) then
     * always falls among submissions, instead of after a load that outran it.
     */
    static final class PendingFaults implements ChaosLoad.Gate {

        static final int SLACK = 40;
        private final PriorityQueue<Integer> moments = new PriorityQueue<>();

        synchronized void add(int moment) {
            moments.add(moment);
        }

        synchronized void begun(int moment) {
            moments.remove(moment);
            notifyAll();
        }

        synchronized void releaseAll() {
            moments.clear();
            notifyAll();
        }

        @Override
        public synchronized void awaitClearFor(int number) throws InterruptedException {
            while (!moments.isEmpty() && moments.peek() + SLACK <= number) {
                wait(1_000);
            }
        }
    }

    private Thread faultThread(String name, List<Fault> plan, ChaosLoad load, PendingFaults pending,
            FaultAction action, List<Throwable> failures) {
        Thread thread = new Thread(() -> {
            try {
                for (Fault fault : plan) {
                    while (load.finished() < fault.atMessage()) {
                        Thread.sleep(200);
                    }
                    pending.begun(fault.atMessage());
                    action.run(fault);
                }
            } catch (Throwable failure) {
                failures.add(failure);
                load.stop();
                pending.releaseAll();
            }
        }, name);
        thread.start();
        return thread;
    }

    private Thread progressPrinter(ChaosLoad load) {
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(30_000);
                    System.out.printf("chaos soak progress: %d of %d submitted, %d accepted, kills %s, link faults %s%n",
                            load.finished(), load.planned(), load.acceptedCount(), kills, linkFaults);
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "chaos-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void kill(Fault fault) throws Exception {
        String node = fault.node();
        Instant at = Instant.now();
        network.kill(node);
        kills.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(fault.length().toMillis());
        network.start(node);
        network.awaitHealthy(node);
        faultLog.add("%s SIGKILL %s at message %d, restarted after %d s, healthy after %d s".formatted(at, node,
                fault.atMessage(), fault.length().toSeconds(), Duration.between(at, Instant.now()).toSeconds()));
    }

    private void breakLink(Fault fault) throws Exception {
        LinkFault kind = fault.link().orElseThrow();
        Instant at = Instant.now();
        for (String node : ChaosNetwork.NODES) {
            ChaosProxy proxy = network.proxyInFrontOf(node);
            switch (kind) {
                case CUT -> proxy.cut();
                case STALL -> proxy.stall();
                case SLOW -> proxy.slow();
                case RESET -> proxy.reset();
            }
        }
        linkFaults.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        if (kind != LinkFault.RESET) {
            Thread.sleep(fault.length().toMillis());
            for (String node : ChaosNetwork.NODES) {
                network.proxyInFrontOf(node).pass();
            }
        }
        faultLog.add("%s link %s at message %d for %d s".formatted(at, kind, fault.atMessage(),
                kind == LinkFault.RESET ? 0 : fault.length().toSeconds()));
    }

    /**
     * Waits until every accepted message is DELIVERED at its sender, or FAILED (final: no use waiting for it); returns
     * the ones that are not DELIVERED, with their status.
     */
    private Optional<String> awaitDrain(List<ChaosLoad.Accepted> accepted, Duration patience) throws Exception {
        Map<String, ChaosLoad.Accepted> pending = new LinkedHashMap<>();
        accepted.forEach(message -> pending.put(message.messageId(), message));
        Map<String, ChaosLoad.Accepted> failed = new LinkedHashMap<>();
        Instant giveUp = Instant.now().plus(patience);
        Map<String, String> lastStatus = new HashMap<>();
        while (!pending.isEmpty() && Instant.now().isBefore(giveUp)) {
            for (ChaosLoad.Accepted message : List.copyOf(pending.values())) {
                String status = statusAtSender(message);
                lastStatus.put(message.messageId(), status);
                if (status.equals("DELIVERED")) {
                    pending.remove(message.messageId());
                } else if (status.equals("FAILED")) {
                    failed.put(message.messageId(), pending.remove(message.messageId()));
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(3_000);
            }
        }
        pending.putAll(failed);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pending.values().stream()
                .map(message -> message.messageId() + " (" + message.planned().direction() + ", "
                        + lastStatus.get(message.messageId()) + ")")
                .limit(50).collect(Collectors.joining(", ", pending.size() + " not delivered: ", "")));
    }

    private String statusAtSender(ChaosLoad.Accepted message) throws Exception {
        HttpResponse<String> response = network.send(network.asSystem(message.planned().node(),
                message.planned().from(), "/api/messages/" + message.messageId()).GET().build());
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        return ChaosNetwork.JSON.readTree(response.body()).get("message").get("status").asString();
    }

    /**
     * Runs the product's own log verification ({@code verify-log}, with the peer's witness key) against the running
     * node until the whole log verifies and the checkpoint it verified carries the peer's cosignature; returns
     * "verified and cosigned ..." or the last report.
     */
    private String awaitLogVerifiedAndCosigned(String node, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        VerifyLogRun.Result last;
        do {
            last = VerifyLogRun.of("--url", network.baseUri(node).toString(),
                    "--log-key", network.auditLogKey(node),
                    "--witness-key", network.auditWitnessKey(ChaosNetwork.peerOf(node)),
                    "--trust-root", network.trustRoot().toString(),
                    "--user", network.auditorOf(node).user(), "--password", network.auditorOf(node).password());
            Matcher cosignatures = COSIGNATURES.matcher(last.output());
            if (last.exitCode() == 0 && cosignatures.find() && Integer.parseInt(cosignatures.group(1)) > 0) {
                return "verified and cosigned: " + last.output().lines().findFirst().orElse("");
            }
            Thread.sleep(5_000);
        } while (Instant.now().isBefore(giveUp));
        return "verify-log exit code " + last.exitCode() + ", latest checkpoint not cosigned by "
                + ChaosNetwork.peerOf(node) + ":\n" + last.output();
    }

    /** What the two databases say, read after both nodes stopped. */
    record Findings(List<String> lost, Map<String, Long> duplicated, List<String> wrongState, List<String> unexpected,
            Map<String, Integer> outboundRows, Map<String, Integer> inboundRows) {
    }

    private Findings findingsFromDatabases(List<ChaosLoad.Accepted> accepted, int notAccepted) throws SQLException {
        Map<String, Map<String, String>> outbound = new LinkedHashMap<>();
        Map<String, Map<String, Long>> inboundRows = new LinkedHashMap<>();
        Map<String, Map<String, Long>> deliveredEvents = new LinkedHashMap<>();
        Map<String, Map<String, Long>> submittedEvents = new LinkedHashMap<>();
        List<String> wrongState = new ArrayList<>();
        for (String node : ChaosNetwork.NODES) {
            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + network.dataOf(node).resolve("db/hub")
                    + ";MODE=PostgreSQL;IFEXISTS=TRUE", "sa", "")) {
                outbound.put(node, stringsById(db, "SELECT message_id, status FROM messages WHERE direction = 'OUTBOUND'"));
                inboundRows.put(node, countsById(db, "SELECT message_id, COUNT(*) FROM message_recipients "
                        + "WHERE direction = 'INBOUND' GROUP BY message_id"));
                deliveredEvents.put(node, countsById(db, "SELECT message_id, COUNT(*) FROM audit_events "
                        + "WHERE event_type = 'DELIVERED' GROUP BY message_id"));
                submittedEvents.put(node, countsById(db, "SELECT message_id, COUNT(*) FROM audit_events "
                        + "WHERE event_type = 'SUBMITTED' GROUP BY message_id"));
                stringsById(db, "SELECT message_id, status FROM messages WHERE direction = 'INBOUND' AND status = 'FAILED'")
                        .forEach((id, status) -> wrongState.add(id + " FAILED in " + node + "'s inbox"));
                stringsById(db, "SELECT CAST(id AS VARCHAR) || ' ' || COALESCE(message_id, '-'), reason_code FROM quarantine")
                        .forEach((entry, reason) -> wrongState.add("quarantine entry " + entry + " at " + node + ": " + reason));
            }
        }
        List<String> lost = new ArrayList<>();
        Map<String, Long> duplicated = new TreeMap<>();
        Set<String> acceptedIds = new HashSet<>();
        for (ChaosLoad.Accepted message : accepted) {
            String id = message.messageId();
            acceptedIds.add(id);
            String sender = message.planned().node();
            String receiver = ChaosNetwork.peerOf(sender);
            if (!outbound.get(sender).containsKey(id)) {
                lost.add(id + " not in " + sender + "'s outbox");
            }
            long rows = inboundRows.get(receiver).getOrDefault(id, 0L);
            long delivered = deliveredEvents.get(receiver).getOrDefault(id, 0L);
            long submitted = submittedEvents.get(sender).getOrDefault(id, 0L);
            if (rows == 0) {
                lost.add(id + " not in " + receiver + "'s inbox");
            }
            if (rows > 1) {
                duplicated.put(id + " inbox rows at " + receiver, rows);
            }
            if (delivered == 0) {
                wrongState.add(id + " has no DELIVERED leaf at " + receiver);
            } else if (delivered > 1) {
                duplicated.put(id + " DELIVERED leaves at " + receiver, delivered);
            }
            if (submitted != 1) {
                duplicated.put(id + " SUBMITTED leaves at " + sender, submitted);
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (String node : ChaosNetwork.NODES) {
            outbound.get(node).forEach((id, status) -> {
                if (!status.equals("DELIVERED")) {
                    wrongState.add(id + " " + status + " in " + node + "'s outbox");
                }
            });
            for (String id : inboundRows.get(node).keySet()) {
                if (!outbound.get(ChaosNetwork.peerOf(node)).containsKey(id)) {
                    unexpected.add(id + " in " + node + "'s inbox, in no outbox of " + ChaosNetwork.peerOf(node));
                }
            }
        }
        List<String> extra = new ArrayList<>();
        outbound.forEach((node, rows) -> rows.keySet().stream().filter(id -> !acceptedIds.contains(id))
                .forEach(id -> extra.add(id + " in " + node + "'s outbox")));
        // a submission whose 202 never reached the client (its node killed meanwhile) and that then ran out of
        // retries is stored without being counted: only more extra messages than such submissions are duplicates
        if (extra.size() > notAccepted) {
            unexpected.addAll(extra);
        }
        Map<String, Integer> outboundCounts = new LinkedHashMap<>();
        outbound.forEach((node, rows) -> outboundCounts.put(node, rows.size()));
        Map<String, Integer> inboundCounts = new LinkedHashMap<>();
        inboundRows.forEach((node, rows) -> inboundCounts.put(node, rows.size()));
        return new Findings(lost, duplicated, wrongState, unexpected, outboundCounts, inboundCounts);
    }

    private static Map<String, String> stringsById(Connection db, String sql) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }

    private static Map<String, Long> countsById(Connection db, String sql) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getLong(2));
            }
        }
        return rows;
    }

    private void printFigures(long seed, Size size, ChaosLoad load, List<ChaosLoad.Accepted> accepted,
            Findings findings, Instant began, Instant loadBegan, Instant loadEnded, Instant drained,
            Optional<String> undrained) {
        Map<String, Long> byDirection = accepted.stream()
                .collect(Collectors.groupingBy(message -> message.planned().direction(), TreeMap::new,
                        Collectors.counting()));
        StringBuilder figures = new StringBuilder("\n==== BLO chaos soak figures ====\n");
        figures.append("seed                 ").append(seed).append('\n');
        figures.append("size                 ").append(size.name()).append('\n');
        figures.append("messages submitted   ").append(load.planned()).append(" (").append(load.withAttachment())
                .append(" with an attachment), ").append(load.retries()).append(" retried attempts\n");
        figures.append("accepted (202)       ").append(accepted.size()).append(' ').append(byDirection).append('\n');
        figures.append("not accepted         ").append(load.notAccepted().size()).append(", refused ")
                .append(load.refused().size()).append('\n');
        figures.append("SIGKILLs             ").append(kills).append('\n');
        figures.append("link faults          ").append(linkFaults).append('\n');
        figures.append("lost                 ").append(findings.lost().size()).append('\n');
        figures.append("duplicated           ").append(findings.duplicated().size()).append('\n');
        figures.append("wrong or stuck       ").append(findings.wrongState().size()).append('\n');
        figures.append("outbox rows          ").append(findings.outboundRows()).append(", inbox rows ")
                .append(findings.inboundRows()).append('\n');
        figures.append("start of both nodes  ").append(Duration.between(began, loadBegan).toSeconds()).append(" s\n");
        figures.append("load with faults     ").append(Duration.between(loadBegan, loadEnded).toSeconds()).append(" s\n");
        figures.append("time to drain        ").append(Duration.between(loadEnded, drained).toSeconds()).append(" s")
                .append(undrained.map(text -> " (NOT drained: " + text + ")").orElse("")).append('\n');
        figures.append("whole run            ").append(Duration.between(began, Instant.now()).toSeconds()).append(" s\n");
        figures.append("machine              ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", Java ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append('\n');
        faultLog.forEach(line -> figures.append("  ").append(line).append('\n'));
        System.out.println(figures);
    }
}
