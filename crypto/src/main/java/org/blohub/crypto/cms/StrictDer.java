package org.blohub.crypto.cms;

import java.io.IOException;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;

/**
 * Parses bytes that must be exactly one DER object: no BER, no trailing bytes. Re-encoding and
 * comparing rules out every alternative encoding of the same values, so no bit of the input can
 * change without the parse result changing or being refused.
 */
final class StrictDer {

    private StrictDer() {
    }

    static ASN1Primitive parse(byte[] bytes, String what, Refusals refuse) throws OpenRefusedException {
        if (bytes == null || bytes.length == 0) {
            throw refuse.because(RefusalCode.MALFORMED, what + " is empty");
        }
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(bytes);
            if (!Arrays.equals(primitive.getEncoded(ASN1Encoding.DER), bytes)) {
                throw refuse.because(RefusalCode.MALFORMED, what + " is not in DER");
            }
            return primitive;
        } catch (IOException e) {
            throw refuse.because(RefusalCode.MALFORMED, what + " is not valid ASN.1", e);
        }
    }
}
