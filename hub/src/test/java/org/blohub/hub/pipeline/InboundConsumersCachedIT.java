package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;

import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.NodeBroker;
import org.blohub.hub.demo.SharedDemoPair;
import org.blohub.hub.store.Direction;
import org.blohub.hub.store.MessageStatus;
import org.blohub.hub.store.MessageStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbound listeners keep their JMS consumers for the life of the route: exchanging many messages (and their
 * receipts, which arrive on the sender's inbound queue) creates no new consumer on either node's inbound queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedDemoPair.class)
class InboundConsumersCachedIT {

    private static final int MESSAGES = 12;

    private TwoNodes nodes;

    @BeforeAll
    void exchangeAFirstMessage(SharedDemoPair.DemoPair pair) {
        nodes = TwoNodes.sharing(pair);
        awaitDelivered(List.of(nodes.submitThToLa("First message, so both listeners are running")));
    }

    @Test
    void exchangingMessagesCreatesNoConsumerOnEitherInboundQueue() {
        NodeBroker th = nodes.th.getBean(NodeBroker.class);
        NodeBroker la = nodes.la.getBean(NodeBroker.class);
        long thBefore = th.consumersCreatedOn(BrokerAddresses.INBOUND);
        long laBefore = la.consumersCreatedOn(BrokerAddresses.INBOUND);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(nodes.submitThToLa("Message " + i));
        }
        awaitDelivered(ids);

        assertThat(thBefore).as("consumers on TH's inbound queue before").isPositive();
        assertThat(th.consumersCreatedOn(BrokerAddresses.INBOUND) - thBefore)
                .as("consumers created on TH's inbound queue while %d receipts arrived", MESSAGES).isZero();
        assertThat(la.consumersCreatedOn(BrokerAddresses.INBOUND) - laBefore)
                .as("consumers created on LA's inbound queue while %d messages arrived", MESSAGES).isZero();
    }

    private void awaitDelivered(List<String> ids) {
        MessageStore thStore = nodes.th.getBean(MessageStore.class);
        await().atMost(TwoNodes.PATIENCE).until(() -> ids.stream().allMatch(id -> thStore.find(id, Direction.OUTBOUND)
                .orElseThrow().summary().status() == MessageStatus.DELIVERED));
    }
}
