package org.blohub.hub.broker;

/**
 * The Camel endpoint of a route that consumes a queue in a local JMS transaction: the listener's own session is
 * committed at the end of the route (sends made in the route join it) and rolled back when the route fails.
 * Camel's lazily created {@code JmsTransactionManager} is turned off because, with a transaction manager, Spring's
 * listener defaults to creating and closing a JMS consumer for every receive; the consumer is cached instead for
 * the life of the route (docs/broker.md, "Consumers").
 */
public final class TransactedQueue {

    private TransactedQueue() {
    }

    /** {@code jms:queue:<queue>?transacted=true&...}; more options are appended with {@code &}. */
    public static String endpoint(String queue) {
        return "jms:queue:" + queue + "?transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER";
    }
}
