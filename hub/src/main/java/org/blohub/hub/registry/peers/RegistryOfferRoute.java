package org.blohub.hub.registry.peers;

import org.apache.camel.builder.RouteBuilder;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.TransactedQueue;

/** blo.registry.inbound (the peers' REGISTRY messages, which the broker diverts from {@code blo.inbound}) -> receiver. */
final class RegistryOfferRoute extends RouteBuilder {

    static final String ROUTE_ID = "registry-offers";

    private final RegistryOfferReceiver receiver;

    RegistryOfferRoute(RegistryOfferReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void configure() {
        from(TransactedQueue.endpoint(BrokerAddresses.REGISTRY_INBOUND))
                .routeId(ROUTE_ID)
                .process(receiver).id("registry-offer-receiver");
    }
}
