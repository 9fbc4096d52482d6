package org.blohub.hub.pipeline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.camel.Exchange;

/** Where the inbound and receipt routes keep what the steps found out, on the exchange. */
final class InboundExchange {

    static final String ARRIVAL = "bloArrival";
    static final String OPENED = "bloOpened";

    private InboundExchange() {
    }

    static Arrival arrival(Exchange exchange) {
        Arrival arrival = exchange.getProperty(ARRIVAL, Arrival.class);
        if (arrival == null) {
            arrival = Arrival.of(exchange.getMessage().getHeaders());
            exchange.setProperty(ARRIVAL, arrival);
        }
        return arrival;
    }

    static OpenedMessage opened(Exchange exchange) {
        return exchange.getProperty(OPENED, OpenedMessage.class);
    }

    static byte[] envelope(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new PipelineException("SHA-256 is not available in this JVM", e);
        }
    }
}
