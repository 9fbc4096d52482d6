package org.blohub.hub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.blohub.hub.broker.BloHeaders;
import org.junit.jupiter.api.Test;

class DeliveringNodesTest {

    private final DeliveringNodes onLaos = new DeliveringNodes("LA", "node-LA");

    @Test
    void namesThePeerWhoseCertificateTheBrokerAuthenticated() {
        Arrival arrival = arrivalStampedWith(Optional.of("TH"));

        assertThat(onLaos.of(arrival)).contains("TH");
        assertThat(onLaos.actorOf(arrival)).isEqualTo("peer:TH");
    }

    @Test
    void namesThisNodeForItsOwnApplicationUser() {
        Arrival arrival = arrivalStampedWith(Optional.of("node-LA"));

        assertThat(onLaos.of(arrival)).contains("LA");
        assertThat(onLaos.actorOf(arrival)).isEqualTo("node");
    }

    @Test
    void leavesAnyOtherUserAsItIsSoItNamesNoRegistryNode() {
        assertThat(onLaos.of(arrivalStampedWith(Optional.of("node-TH")))).contains("node-TH");
    }

    @Test
    void namesNoNodeWhenTheBrokerStampedNoUser() {
        Arrival arrival = arrivalStampedWith(Optional.empty());

        assertThat(onLaos.of(arrival)).isEmpty();
        assertThat(onLaos.actorOf(arrival)).isEqualTo("peer:unknown");
    }

    @Test
    void readsTheUserUnderItsJmsNameNotTheSendersCopyOfTheBrokerProperty() {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BloHeaders.VALIDATED_USER, "TH");

        assertThat(onLaos.of(Arrival.of(headers))).isEmpty();
    }

    @Test
    void namesTheNodeWhoseBundleCarriedAnEnvelopeThisNodeImported() {
        Arrival arrival = arrivalStampedWith(Optional.of("node-LA"), Optional.of("TH"));

        assertThat(onLaos.of(arrival)).contains("TH");
        assertThat(onLaos.actorOf(arrival)).isEqualTo("bundle:TH");
    }

    @Test
    void ignoresABundleMarkAPeerSetOnWhatItDelivered() {
        Arrival arrival = arrivalStampedWith(Optional.of("KH"), Optional.of("TH"));

        assertThat(onLaos.of(arrival)).contains("KH");
        assertThat(onLaos.actorOf(arrival)).isEqualTo("peer:KH");
    }

    private static Arrival arrivalStampedWith(Optional<String> validatedUser) {
        return arrivalStampedWith(validatedUser, Optional.empty());
    }

    private static Arrival arrivalStampedWith(Optional<String> validatedUser, Optional<String> bundleNode) {
        Map<String, Object> headers = new HashMap<>();
        bundleNode.ifPresent(node -> headers.put(BloHeaders.BUNDLE_NODE, node));
        headers.put(BloHeaders.MESSAGE_ID, "01JD0000000000000000000030");
        headers.put(BloHeaders.FROM_OFFICE, "TH-CHIANGKHONG");
        headers.put(BloHeaders.TO_OFFICES, "LA-HOUAYXAY");
        validatedUser.ifPresent(user -> headers.put(BloHeaders.VALIDATED_USER_AS_JMS, user));
        return Arrival.of(headers);
    }

    @Test
    void namesTheNodeOfAUserReadFromARawJmsMessageAsForAnArrival() {
        assertThat(onLaos.ofUser(Optional.of("MM"))).contains("MM");
        assertThat(onLaos.ofUser(Optional.of("node-LA"))).contains("LA");
        assertThat(onLaos.ofUser(Optional.of(" "))).isEmpty();
        assertThat(onLaos.actorOfNode(onLaos.ofUser(Optional.of("MM")))).isEqualTo("peer:MM");
        assertThat(onLaos.actorOfNode(onLaos.ofUser(Optional.empty()))).isEqualTo("peer:unknown");
    }
}
