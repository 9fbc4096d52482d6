package org.blohub.hub.pipeline;

import jakarta.jms.ConnectionFactory;

import org.blohub.crypto.cms.PartOpener;
import org.blohub.crypto.cms.PartSealer;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.store.AttachmentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * Streaming crypto for attachment parts, and the consumer of parts on {@code blo.inbound}. A plain
 * Spring listener rather than a Camel route: Camel's JMS consumer would read every body into a byte
 * array; this one hands the body to {@link PartReceiver} as a stream.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentPartsConfiguration {

    /** The envelopes' consumer, {@link InboundRoute}, selects the complement. */
    static final String PART_SELECTOR = BloHeaders.KIND + " = '" + BloHeaders.ATTACHMENT_KIND + "'";

    @Bean
    PartSealer partSealer() {
        return new PartSealer();
    }

    @Bean
    PartOpener partOpener() {
        return new PartOpener();
    }

    @Bean
    DefaultMessageListenerContainer attachmentPartListener(ConnectionFactory connectionFactory, AttachmentStore store,
            DeliveringNodes deliveringNodes, RefusedPartRecorder refusals) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        container.setDestinationName(BrokerAddresses.INBOUND);
        container.setMessageSelector(PART_SELECTOR);
        container.setSessionTransacted(true);
        container.setCacheLevel(DefaultMessageListenerContainer.CACHE_CONSUMER);
        container.setMessageListener(new PartReceiver(store, deliveringNodes, refusals));
        return container;
    }
}
