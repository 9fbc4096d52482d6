package org.blohub.crypto.cms.kem;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.blohub.crypto.CryptoProvider;
import org.bouncycastle.asn1.cms.KEMRecipientInfo;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.KEMRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with another implementation: the example of draft-ietf-lamps-cms-composite-kem-00
 * (appendix "Composite ML-KEM CMS Authenticated-Enveloped-Data Example", files under {@code example/} of
 * github.com/lamps-wg/cms-composite-kem at commit bcd5c4e), an AuthEnvelopedData with AES-256-GCM and
 * one id-MLKEM768-ECDH-P256-SHA3-256 KEMRecipientInfo (HKDF-SHA256, AES-256 key wrap), made with an
 * OpenSSL 3 build that has composite ML-KEM. The private key is the draft's published test key.
 */
class DraftCmsExampleInteropTest {

    private static final byte[] ENVELOPE = Base64.getDecoder().decode(
            "MIIFcgYLKoZIhvcNAQkQARegggVhMIIFXQIBADGCBQikggUEBgsqhkiG9w0BCRANAzCCBPMCAQCAFBTx2P7SH2ED" +
            "Z2x1LJfQlJU3qWqyMAoGCCsGAQUFBwY7BIIEgVS3XJRf+DGU+/MSIUdJsRS/aDiHi0lAP1I1vndK5nGdkFMdqasB" +
            "Og+KgdvWUQWS9fvL47G885N5P1F+dYu90QRnwacrFBZSM+OG6msCfkgoJNMyRMx/gQv30hzSjgB8hBkIdpi+DdeT" +
            "RlPzXIsBZMIY3Ly+KDAqgT5HozTJVlNJDPV2AseY1j05Pp5uvCGSZaplYmMqYY1MPkBSsgyJ8vBOpFVUZz0b6JEf" +
            "g8pKIM6GtZzwqMlk5bBHB4ddVgEdSJKRq/I3CDjcYI/i4m5hfQ7CwsZD5RyvZxbmTCzFoYXHJ3DsQYVIdYkVa7R+" +
            "QUGAxs7erNja0H/6kJFEH9rO1VPEgr0MQdW3dknw7YA9B9KWgtwsQdIEfRj92rllKbn4ovDd1eSzAv/9jMvsA9mR" +
            "f/prjSSRFxRsWP2JoTWpbs5nDFilWWKKaAEtTJpD5f/7Qn8N8w2nRbsOTrM0cWu4IXUQRnuLWOG+VLMMhXUiZUy7" +
            "V4eBPLGy+5V6cl9RYSGHtYu4M1P45Wqmr4nJTt1lbZK/ZpEwIvzo+FcwYX2KFmu7JFFVWZFcxHJDWVC86MJSGf71" +
            "B6ZSemo5IMLeradzKQLi0q6MYL2lGKZdpm+TWBt+NwQqEEZGdasyb2A74U5bVSVjSt65VlEqhP24Ca8vN9IKn9I/" +
            "Z+yndBtJ1bfXT5R6i22saIiLPjgCmUyYzMtowqDnkn8V5ee+FACYPiKkye8rq98kRSWt3jtNked44h4r0yxSIfVD" +
            "Pyg5ASjqvzsYG4XCwe/X+ulGOZu4/iHeKu0KPnLKs00wVQlUffM6RdF9ATo6wI8Ntp2/8LrlpLnBXui9xOJSW0nm" +
            "hlrrdSBRk1+OL7Xa6pEtEYZxECuPtGdcOTeziafHBoy2l7N5j//p1uZBVkk7uAjQZ6PqxBinv1gZ4lp0DINJkU5Q" +
            "CDQMOBoH2HCxS5vpk50wa8cC1GpYIW35MtK8tFo/GBvYT0ubqZLzpfEqXbYVrgWYqcQyz1wAlRh6hJqTyg0tfe7b" +
            "LbHO1TwNSuXSs36yXgeZJFLgGI4tcmgvRvAWfw9qaAJD7/LEtfzwI1hS+Z3vpNU1pHkXb6OiJYdRFYGzZJ/kEOMC" +
            "7BuQYctTXEkq5XrBJstJ6kfeEqkJfF+Khp2E1KrpA/C8b1OmBRTOvgL9yaIEpr4qZlZ9WJ/LrKNlZaPgLRCxaSDq" +
            "JrBcUL6AXQbs48nufbfrIHwzwdSsksopTxoPj6yDn+oDifrkM4Si2qekwfXpLWIvjrN6wMVeud+NlxPeA6Dviy2T" +
            "BshTD2B9iYuoittq2YK+zTsFysMrff52fIJuXovfQBIPGknoTNEcTAmwfCdZGmAys3KnvUaLCezgfubspulFWfFI" +
            "Q92al5MeDAbRBaoiN+Z6PBKNM6th3EeYb9r7eX5gy0RFO037z3r9/gL2hscg/WXVOBgnvmLzMirLw3ITBEPWaQ46" +
            "47F/Jj+TRZmMomMX91e4bQrUFTGxFPXVf6guUCPlF2In0If3ZeFCHO8xvpwxWGaDgBe7KqWJVb9Szm4wDQYLKoZI" +
            "hvcNAQkQAxwCASAwCwYJYIZIAWUDBAEtBChdE64A2RSikVio7zKyOuXye4wpM4fjvmX8PfwZuZ2P3FUlJ/1CFUs3" +
            "MDoGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQMhrwH+8PcSlmdkPPoAgEQgA0g+U8GH3sF+VsyV//ABBBfKmBj" +
            "ryzwX+Hil6KLp6sQ");

    private static final byte[] RECIPIENT_PRIVATE_KEY = Base64.getDecoder().decode(
            "MIGEAgEAMAoGCCsGAQUFBwY7BHOImiTrgVkiRNnS3EmMdxHUrh+EHeflRSSQaMrG7NAvf0DDSVt58hvzJz/RuCOE" +
            "4/8REOs/DZVr5gWO2jOyldClMDECAQEEIM/ctKyhCrQyBNhBbpwS5ZkEO1mklf14j5NRtwj3obB+oAoGCCqGSM49" +
            "AwEH");

    private static final byte[] RECIPIENT_PUBLIC_KEY = Base64.getDecoder().decode(
            "MIIE8jAKBggrBgEFBQcGOwOCBOIAjssyhemrdzqTE5MNKmCruyoBancRo6y8A5AwuDSZ2AwdyWZCWnG6R2sP0vlX" +
            "CNglq7BvHQTF6BObo+tT+ZmJSnsy1YaSKuyf8yw3vxyr1ScErsY0r2s1gfprFhYLUQNNoQd+YViNTAedvTBeQGJL" +
            "gJOozEIFKiwHbvcuddc2qnVGqNW0SSjF5QoE/lcwgvpYpZosHRePTYhm87hCdQJldwB6PZmgxZqfyeh0vXsB+KGw" +
            "+XLJaOgb2vtl+Nmbm5cyUvOgHItyxQIadhO8iHEIubYzKdlOcDGiP1qElCiMNslC+TGcl4Ij2SBQgyfLGpw2jpd3" +
            "xJxyqjFZeeGrgidfRdVRtUyqUbCGHsLHITFJz/h9vqe+S5N6vJmHMFCTHtu0CSiz5pK/RepjWKZiWhYdz1k9u8GW" +
            "o4q3h8SHMnQKoSJq3Fx84Kl/ghUNxXB//2w+a/ekHuUzK8QbyWIqm2RSHkOj91hApCMG0tMnI0xoEqm/ewo3xZA5" +
            "MJUZEdIkmoN+d5fLwVlUOHS0TWVrrCWAvttq4HySFMBU3vGdqGQPv2ZLd+NgjzmRMwc3unQh4KIXBspNK+lJgyU5" +
            "7QaDWtVq/yoXjhw5YQlYmckbNuIeTjpNDqfNxFSuziVQwZQ6VPm/63tjcxy9uMtxw5wTyqfAkyZVKdTLUdcMsJVF" +
            "8XE0r6xtCQrNsmWzqhK1kvOUQcITlZEonyN4uXdFweFwXImg/NSK6QUcjKi6iQeIGmiy2bKbUIgrIbhyUOZU1ad/" +
            "vrF+dkBzrPei5BanHBLF5hYVoJcQ+hmg3cVsR1KeXaduFdh0UXPNPMiTrClLz/FMdfcbzbe2xdSXHqCsdIBKxGag" +
            "T3p0H/uTW1WwheFrDJKBDYBaZxVOwRqP16M7QIOTo8AqeXTOQMSxAdCAx7NR4SttZbQDrjwj1qCj5LQ90TW4vUmN" +
            "sWkaTeQP0LC6f/J5vlEQeIu0vUuggkqmDdaKPwx35SOixjwEwiweXgi13bdn68py4/VVYPwXHZaDhakUurZcNEU9" +
            "1nwkrdG03DmbyBlIrwwIClgMwhmSbSGjMql2lCPPE/zBJAvL9lfDP3mpoEMB0iCZm6t2IfAN7NLOwFeBOUomqxcv" +
            "s0OkdxFG1Gk0hVEis4LHcje/1rBAX8i2Ige6H0AqY5e9X2OHHjVFNzoM8Mavo5trYEksanbGaJmpADcX8wxjDPhq" +
            "+VBethWo5Ik0aLW16qGY/jAX6ROrpeRobOiSYNnDLFWI38MfcZJuHbBajBe2gwQbTdadu0elr7fMuHd7OOB35vgH" +
            "7qq0lgOg7LcB8rVgXBeHLsJpAGS2XTYlKFRNieIo5NSRdkXNkIoHyFZWU9dNUwbKD0CYtxxlj3cKp4AFFHdzCTot" +
            "bFIfhoQQxIsZhbPOFCZKjtEQ+UVnjQN1y0E9uym1N7ZjW9OkjeCs0YaooyooNpu6TOMKu3GjVsqmKvgxk3cIztUo" +
            "uTC2+BC0iYANMUxRbZIiqLGWTsa6rBulSqm5Hpu8R/LBY0gljpYLFDQJiuYRNvOOIUYEO3ubd8fKY8swLGLNi/Lo" +
            "Nwtb+HoJ8szpDsXhTIalQ0MEsdePvv0LCZ+0N55b1MaFJZieRuCMVPkbeJGWGzb4WVohn4jrsslaNC6yeZxiXOnP" +
            "S7EDyzLv2PL/zhedCEbC4A==");

    private static final byte[] KEY_IDENTIFIER = Hex.decode("14F1D8FED21F6103676C752C97D0949537A96AB2");
    private static final String SHARED_SECRET = "9bd51d44ba390ff68176b763cee113007f112aac3c2ddbdde916e713762a389c";
    private static final String CONTENT_ENCRYPTION_KEY = "3424cef0cbc2b67f58351abd1e87b3507a11c90adef7e1cdab8d20b0331b8105";

    @Test
    void ourRecipientOpensTheDraftExample() throws Exception {
        PrivateKey privateKey = HybridKemAlgorithm.MLKEM768_ECDH_P256.privateKey(RECIPIENT_PRIVATE_KEY);

        byte[] content = exampleRecipientInfo().getContent(new HybridKemAuthEnvelopedRecipient(privateKey));

        assertThat(new String(content, US_ASCII)).isEqualTo("Hello, world!");
    }

    @Test
    void ourReadingOfTheDraftGivesTheDocumentedSharedSecretAndContentKey() throws Exception {
        PrivateKey privateKey = HybridKemAlgorithm.MLKEM768_ECDH_P256.privateKey(RECIPIENT_PRIVATE_KEY);
        PublicKey publicKey = KeyFactory.getInstance(HybridKemAlgorithm.MLKEM768_ECDH_P256.jcaName(),
                CryptoProvider.bouncyCastle()).generatePublic(new X509EncodedKeySpec(RECIPIENT_PUBLIC_KEY));
        KEMRecipientInfo info = HybridProfileFixtures.kemRecipientInfo(
                HybridProfileFixtures.recipientInfos(ENVELOPE).get(0));
        DraftCompositeKemDecapsulation decapsulation = new DraftCompositeKemDecapsulation(
                HybridKemAlgorithm.MLKEM768_ECDH_P256, info.getKemct().getOctets(), publicKey, privateKey);

        byte[] ss = decapsulation.combine(decapsulation.mlkemSecret(), decapsulation.traditionalSecret());

        assertThat(Hex.toHexString(ss)).isEqualTo(SHARED_SECRET);
        assertThat(Hex.toHexString(DraftCompositeKemDecapsulation.unwrapContentKey(ss, info)))
                .isEqualTo(CONTENT_ENCRYPTION_KEY);
    }

    private static RecipientInformation exampleRecipientInfo() throws Exception {
        RecipientInformation recipientInfo = new CMSAuthEnvelopedData(ENVELOPE).getRecipientInfos()
                .get(new KEMRecipientId(KEY_IDENTIFIER));
        assertThat(recipientInfo).as("KEMRecipientInfo for the example's subject key identifier").isNotNull();
        return recipientInfo;
    }
}
