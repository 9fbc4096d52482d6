package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.blohub.hub.broker.BloHeaders;
import org.blohub.hub.broker.DeliveringNodes;
import org.blohub.hub.node.NodeProperties;
import org.blohub.hub.node.OfficeKeyring;
import org.blohub.hub.registry.NetworkNode;
import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LA checks arrivals from TH-CHIANGKHONG (hosted by node TH) to LA-HOUAYXAY (hosted here). */
class ArrivalCheckTest {

    private static final String ID = "01KB0000000000000000000000";
    private static final int MAX_ENVELOPE_BYTES = 100;

    private final NetworkRegistry registry = mock(NetworkRegistry.class);
    private final OfficeKeyring keyring = mock(OfficeKeyring.class);
    private ArrivalCheck check;

    @BeforeEach
    void laHostsHouayxayAndThailandHostsChiangKhong() {
        NodeProperties properties = mock(NodeProperties.class);
        when(properties.name()).thenReturn("LA");
        when(properties.maxEnvelopeBytes()).thenReturn((long) MAX_ENVELOPE_BYTES);
        NetworkNode thailand = mock(NetworkNode.class);
        when(thailand.name()).thenReturn("TH");
        when(registry.nodeOf("TH-CHIANGKHONG")).thenReturn(Optional.of(thailand));
        when(registry.office("TH-CHIANGKHONG")).thenReturn(Optional.of(mock(Office.class)));
        when(registry.office("LA-HOUAYXAY")).thenReturn(Optional.of(mock(Office.class)));
        when(registry.office("LA-TONPHEUNG")).thenReturn(Optional.of(mock(Office.class)));
        when(keyring.hosts("LA-HOUAYXAY")).thenReturn(true);
        check = new ArrivalCheck(registry, keyring, new DeliveringNodes("LA", "node-LA"), properties);
    }

    @Test
    void passesAWellFormedArrivalDeliveredByTheSendersNode() {
        assertThatCode(() -> check.process(arrival(ID, "TH-CHIANGKHONG", "LA-HOUAYXAY", "TH", 10)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnEnvelopeOverTheLimitNamingSizeLimitAndNode() {
        assertRefused(arrival(ID, "TH-CHIANGKHONG", "LA-HOUAYXAY", "TH", MAX_ENVELOPE_BYTES + 1), refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.OVERSIZED);
            assertThat(refused.text()).contains("101 bytes", "limit of 100 bytes", "node LA");
            assertThat(refused.refusingOffice()).contains("LA-HOUAYXAY");
        });
    }

    @Test
    void refusesAnIdThatIsNotAUlid() {
        assertRefused(arrival("not-a-ulid", "TH-CHIANGKHONG", "LA-HOUAYXAY", "TH", 10), refused ->
                assertThat(refused.reason()).isEqualTo(RefusalReason.MALFORMED_ROUTING));
    }

    @Test
    void refusesASendingOfficeTheRegistryDoesNotList() {
        assertRefused(arrival(ID, "XX-NOWHERE", "LA-HOUAYXAY", "TH", 10), refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.UNKNOWN_OFFICE);
            assertThat(refused.text()).contains("sending office XX-NOWHERE");
        });
    }

    @Test
    void refusesAMessageDeliveredByAnotherNodeThanTheSendersNamingBoth() {
        assertRefused(arrival(ID, "TH-CHIANGKHONG", "LA-HOUAYXAY", "KH", 10), refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.PEER_IS_NOT_SENDER);
            assertThat(refused.text()).contains("belongs to node TH", "node KH delivered");
        });
    }

    @Test
    void refusesAMessageTheBrokerNamedNoDeliveringPeerFor() {
        assertRefused(arrival(ID, "TH-CHIANGKHONG", "LA-HOUAYXAY", null, 10), refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.PEER_IS_NOT_SENDER);
            assertThat(refused.text()).contains("populate-validated-user");
        });
    }

    @Test
    void refusesAMessageForNoOfficeOfThisNode() {
        assertRefused(arrival(ID, "TH-CHIANGKHONG", "LA-TONPHEUNG", "TH", 10), refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_ADDRESSED_TO_THIS_NODE);
            assertThat(refused.refusingOffice()).isEmpty();
        });
    }

    private void assertRefused(Exchange exchange, Consumer<InboundRefusedException> requirements) {
        assertThatThrownBy(() -> check.process(exchange)).isInstanceOfSatisfying(InboundRefusedException.class,
                requirements);
    }

    private static Exchange arrival(String id, String from, String to, String deliveredBy, int envelopeBytes) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(BloHeaders.MESSAGE_ID, id);
        exchange.getMessage().setHeader(BloHeaders.FROM_OFFICE, from);
        exchange.getMessage().setHeader(BloHeaders.TO_OFFICES, to);
        if (deliveredBy != null) {
            exchange.getMessage().setHeader(BloHeaders.VALIDATED_USER_AS_JMS, deliveredBy);
        }
        exchange.getMessage().setBody(new byte[envelopeBytes]);
        return exchange;
    }
}
