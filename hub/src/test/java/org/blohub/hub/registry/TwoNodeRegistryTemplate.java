package org.blohub.hub.registry;

/**
 * A registry template (the YAML an operator signs) for TH and LA, one office each, bridged on loopback, with one
 * agreement both ways between Chiang Khong and Houayxay for requests, responses and receipts.
 */
public final class TwoNodeRegistryTemplate {

    private TwoNodeRegistryTemplate() {
    }

    /** @param upToHandlingCode the highest handling code the agreement allows, e.g. {@code H2} */
    public static String of(String domain, String upToHandlingCode) {
        return """
                domain: %s
                nodes:
                  - name: TH
                    country: TH
                    displayName: Thailand
                    broker: { host: 127.0.0.1, port: 61617 }
                    httpPort: 8443
                  - name: LA
                    country: LA
                    displayName: Lao PDR
                    broker: { host: 127.0.0.1, port: 61618 }
                    httpPort: 8444
                offices:
                  - id: TH-CHIANGKHONG
                    node: TH
                    displayName: Chiang Khong BLO
                  - id: LA-HOUAYXAY
                    node: LA
                    displayName: Houayxay BLO
                agreements:
                  - id: TH-LA-2026
                    from: [TH-CHIANGKHONG]
                    to: [LA-HOUAYXAY]
                    direction: BOTH_WAYS
                    kinds: [REQUEST, RESPONSE, RECEIPT]
                    upToHandlingCode: %s
                """.formatted(domain, upToHandlingCode);
    }
}
