package org.blohub.adapters.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-BLO-Signature} header of a webhook call: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code "<t>." + body} with the secret shared with the national system, which checks it and the time's freshness.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-BLO-Signature";

    private final SecretKeySpec secret;

    public WebhookSignature(byte[] secret) {
        this.secret = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String header(long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + hmac(unixSeconds, body);
    }

    String hmac(long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new WebhookException("cannot compute HMAC-SHA256: " + e.getMessage(), e);
        }
    }
}
