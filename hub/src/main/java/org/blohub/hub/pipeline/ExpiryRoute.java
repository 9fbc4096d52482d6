package org.blohub.hub.pipeline;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.TransactedQueue;
import org.springframework.stereotype.Component;

/** Records every message the broker expired or gave up on. */
@Component
class ExpiryRoute extends RouteBuilder {

    private final ExpiryRecorder recorder;

    ExpiryRoute(ExpiryRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void configure() {
        from(TransactedQueue.endpoint(BrokerAddresses.EXPIRED)).routeId("expired")
                .process(recorder).id("record-expiry");
        from(TransactedQueue.endpoint(BrokerAddresses.DEAD)).routeId("dead-letters")
                .process(recorder).id("record-dead-letter");
    }
}
