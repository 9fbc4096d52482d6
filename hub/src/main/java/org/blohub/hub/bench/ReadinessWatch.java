package org.blohub.hub.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.blohub.hub.broker.NodeBroker;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Watches a started node, on its own thread, until its health is UP (as {@code /actuator/health} reports it)
 * and every link to its peers is up, and notes when each first happened.
 */
final class ReadinessWatch {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final String node;
    private final HealthEndpoint health;
    private final NodeBroker broker;
    private final Clock clock;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Optional<Instant> healthUp = Optional.empty();
    private volatile Optional<Instant> linksUp = Optional.empty();
    private volatile boolean stopped;

    private ReadinessWatch(String node, HealthEndpoint health, NodeBroker broker, Clock clock) {
        this.node = node;
        this.health = health;
        this.broker = broker;
        this.clock = clock;
    }

    static ReadinessWatch start(String node, ConfigurableApplicationContext context, Clock clock) {
        HealthEndpoint health = Optional.ofNullable(context.getBeanProvider(HealthEndpoint.class).getIfAvailable())
                .orElseThrow(() -> new BenchException("node " + node + " has no health endpoint; check"
                        + " management.endpoints in its configuration"));
        ReadinessWatch watch = new ReadinessWatch(node, health, context.getBean(NodeBroker.class), clock);
        Thread poller = new Thread(watch::poll, "bench-readiness-" + node);
        poller.setDaemon(true);
        poller.start();
        return watch;
    }

    private void poll() {
        while (!stopped && (healthUp.isEmpty() || linksUp.isEmpty())) {
            if (healthUp.isEmpty() && Status.UP.equals(health.health().getStatus())) {
                healthUp = Optional.of(clock.instant());
            }
            if (linksUp.isEmpty() && broker.health().allLinksUp()) {
                linksUp = Optional.of(clock.instant());
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        done.countDown();
    }

    /** When health was UP and when every link was up; refuses with what was missing after {@code timeout}. */
    Readiness await(Duration timeout) {
        try {
            if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stopped = true;
                throw new BenchException("node " + node + " was not ready within " + timeout.toSeconds() + " s: health "
                        + (healthUp.isPresent() ? "UP" : "not UP") + ", links " + (linksUp.isPresent() ? "up" : "not all up")
                        + "; see the node's log (BLO-BRK codes) for the broker and its links");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while waiting for node " + node, e);
        }
        return new Readiness(healthUp.orElseThrow(), linksUp.orElseThrow());
    }

    record Readiness(Instant healthUp, Instant linksUp) {
    }
}
