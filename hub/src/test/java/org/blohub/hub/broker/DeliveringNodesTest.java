package org.blohub.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeliveringNodesTest {

    private final DeliveringNodes onLaos = new DeliveringNodes("LA", "node-LA");

    @Test
    void namesThePeerWhoseCertificateTheBrokerAuthenticated() {
        assertThat(onLaos.nodeOf(Optional.of("TH"))).contains("TH");
        assertThat(onLaos.actorOf(Optional.of("TH"))).isEqualTo("peer:TH");
    }

    @Test
    void namesThisNodeForItsOwnApplicationUser() {
        assertThat(onLaos.nodeOf(Optional.of("node-LA"))).contains("LA");
        assertThat(onLaos.actorOf(Optional.of("node-LA"))).isEqualTo("node");
    }

    @Test
    void leavesAnyOtherUserAsItIsSoItNamesNoRegistryNode() {
        assertThat(onLaos.nodeOf(Optional.of("node-TH"))).contains("node-TH");
    }

    @Test
    void namesNoNodeWhenTheBrokerStampedNoUser() {
        assertThat(onLaos.nodeOf(Optional.empty())).isEmpty();
        assertThat(onLaos.nodeOf(Optional.of(" "))).isEmpty();
        assertThat(onLaos.actorOf(Optional.empty())).isEqualTo(DeliveringNodes.NO_PEER_ACTOR);
    }

    @Test
    void namesTheActorOfANodeFoundElsewhere() {
        assertThat(onLaos.actorOfNode(Optional.of("MM"))).isEqualTo("peer:MM");
        assertThat(onLaos.actorOfNode(Optional.of("LA"))).isEqualTo("node");
        assertThat(onLaos.actorOfNode(Optional.empty())).isEqualTo("peer:unknown");
    }

    @Test
    void namesTheNodeWhoseBundleCarriedAnEnvelopeThisNodeImported() {
        assertThat(onLaos.nodeOf(Optional.of("node-LA"), Optional.of("TH"))).contains("TH");
        assertThat(onLaos.actorOf(Optional.of("node-LA"), Optional.of("TH"))).isEqualTo("bundle:TH");
    }

    @Test
    void ignoresABundleMarkAPeerSetOnWhatItDelivered() {
        assertThat(onLaos.nodeOf(Optional.of("KH"), Optional.of("TH"))).contains("KH");
        assertThat(onLaos.actorOf(Optional.of("KH"), Optional.of("TH"))).isEqualTo("peer:KH");
    }
}
