package org.blohub.hub.pipeline;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Runs the {@link OutboxRelay} every {@code blo.outbox.relay-interval} (default 5 s). */
@Component
class OutboxRelayRoute extends RouteBuilder {

    private final OutboxRelay relay;

    OutboxRelayRoute(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void configure() {
        from("timer:blo-outbox-relay?period={{blo.outbox.relay-interval:5s}}&delay={{blo.outbox.relay-interval:5s}}")
                .routeId("outbox-relay")
                .process(exchange -> relay.relayPending()).id("outbox-relay-send");
    }
}
