package org.blohub.hub.node;

import java.time.Duration;

import org.blohub.hub.broker.BrokerException;
import org.blohub.hub.broker.NodeBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts the link to a peer as soon as the CRLs the node applied while running revoke that peer's TLS certificate.
 * At start the broker already leaves such a peer unlinked.
 */
final class RevokedPeerLinksJob extends BackgroundJob {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedPeerLinksJob.class);

    private final NodeBroker broker;

    RevokedPeerLinksJob(NodeBroker broker, Duration interval) {
        super("revoked-peer-links", interval, interval);
        this.broker = broker;
    }

    @Override
    protected void runOnce() {
        try {
            broker.cutLinksOfRevokedPeers();
        } catch (BrokerException e) {
            LOG.error("BLO-BRK-007 cannot cut the link of a peer whose TLS certificate is revoked; next try in {}",
                    interval(), e);
        }
    }
}
