package org.blohub.hub.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.BrokerAddresses;
import org.blohub.hub.node.NodeProperties;
import org.springframework.stereotype.Component;

/**
 * Hands one {@link Dispatch} to the broker: first its attachment parts ({@link PartDispatcher}), then
 * the envelope as a JMS BytesMessage with only the clear
 * routing properties, on {@code blo.outbound.<NODE>} (or this node's own {@code blo.inbound} when
 * the destination is this node). The send returns once the broker stored the message.
 */
@Component
class DispatchRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:dispatch";
    private static final String QUEUE = "bloQueue";

    private final String nodeName;
    private final PartDispatcher parts;

    DispatchRoute(NodeProperties properties, PartDispatcher parts) {
        this.nodeName = properties.name();
        this.parts = parts;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("dispatch")
                .process(this::toJmsMessage)
                .setExchangePattern(ExchangePattern.InOnly)
                .toD("jms:queue:${exchangeProperty." + QUEUE + "}?preserveMessageQos=true&jmsMessageType=Bytes");
    }

    private void toJmsMessage(Exchange exchange) throws org.apache.camel.InvalidPayloadException {
        Dispatch dispatch = exchange.getMessage().getMandatoryBody(Dispatch.class);
        var message = exchange.getMessage();
        message.getHeaders().clear();
        String queue = dispatch.destinationNode().equals(nodeName)
                ? BrokerAddresses.INBOUND : BrokerAddresses.outboundTo(dispatch.destinationNode());
        exchange.setProperty(QUEUE, queue);
        parts.sendParts(dispatch, queue);
        message.setHeader(BloHeaders.PROTOCOL, BloHeaders.PROTOCOL_VERSION);
        message.setHeader(BloHeaders.MESSAGE_ID, dispatch.messageId());
        message.setHeader(BloHeaders.FROM_OFFICE, dispatch.fromOffice());
        message.setHeader(BloHeaders.TO_OFFICES, String.join(",", dispatch.toOffices()));
        message.setHeader(BloHeaders.FROM_NODE, nodeName);
        message.setHeader(BloHeaders.TO_NODE, dispatch.destinationNode());
        message.setHeader(BloHeaders.KIND, dispatch.kind());
        message.setHeader(BloHeaders.PRIORITY, dispatch.priority());
        message.setHeader(BloHeaders.DUPLICATE_ID, dispatch.messageId() + ":" + dispatch.destinationNode());
        message.setHeader("JMSExpiration", dispatch.expiresAt().toEpochMilli());
        message.setHeader("JMSDeliveryMode", jakarta.jms.DeliveryMode.PERSISTENT);
        message.setHeader("JMSPriority", jmsPriority(dispatch.priority()));
        message.setBody(dispatch.envelope());
    }

    /** The JMS priority of a message's envelope and of its attachment parts, from its BLO priority. */
    static int jmsPriority(String priority) {
        return switch (priority) {
            case "FLASH" -> 9;
            case "IMMEDIATE" -> 7;
            default -> 4;
        };
    }
}
