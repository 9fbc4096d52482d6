package org.blohub.hub.pipeline;

/** Takes an arrived consent message; onward sharing implements it. */
public interface ConsentArrivals {

    /**
     * @throws InboundRefusedException when the consent message does not match what this node sent (the route then
     *                                 quarantines it and audits REJECTED)
     */
    void arrived(ArrivedConsent consent) throws InboundRefusedException;
}
