package org.blohub.hub.bench;

import java.time.Instant;

/**
 * When a node's Spring application reached each point of its start.
 *
 * @param launched            the call that starts the node
 * @param environmentPrepared configuration read, logging set up
 * @param contextLoaded       the context created and its bean definitions' sources loaded
 * @param refreshed           the context refreshed: every bean created, the broker, Flyway, Camel and the web server started
 * @param ready               the application-ready listeners done; the node takes work
 */
record StartupMilestones(Instant launched, Instant environmentPrepared, Instant contextLoaded, Instant refreshed,
        Instant ready) {
}
