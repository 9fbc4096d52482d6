package org.blohub.hub.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.activemq.artemis.core.server.ServerConsumer;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConsumerPlugin;

/**
 * Counts the consumers the broker has created on each queue since it started. A listener that caches its
 * consumer creates one per concurrent consumer; one that does not creates one per message (and per idle poll).
 */
final class ConsumerCreations implements ActiveMQServerConsumerPlugin {

    private final Map<String, LongAdder> created = new ConcurrentHashMap<>();

    @Override
    public void afterCreateConsumer(ServerConsumer consumer) {
        created.computeIfAbsent(consumer.getQueueName().toString(), queue -> new LongAdder()).increment();
    }

    long on(String queue) {
        LongAdder count = created.get(queue);
        return count == null ? 0 : count.sum();
    }
}
