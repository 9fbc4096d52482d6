package org.blohub.hub.registry.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RegistryOfferTest {

    private final RegistryOffer offer = new RegistryOffer("serial: 8\n".getBytes(StandardCharsets.UTF_8),
            new byte[] {0x30, 0x01, 0x02});

    @Test
    void carriesBothPartsAsLengthAndBytes() throws Exception {
        byte[] encoded = offer.encoded();

        assertThat(ByteBuffer.wrap(encoded).getInt()).isEqualTo(10);
        RegistryOffer decoded = RegistryOffer.decode(encoded);
        assertThat(decoded.registry()).isEqualTo(offer.registry());
        assertThat(decoded.signature()).isEqualTo(offer.signature());
    }

    @Test
    void refusesAnOfferCutShort() {
        byte[] encoded = offer.encoded();

        assertThatThrownBy(() -> RegistryOffer.decode(Arrays.copyOf(encoded, encoded.length - 1)))
                .isInstanceOf(RegistryOfferException.class).hasMessageContaining("signature length 3");
        assertThatThrownBy(() -> RegistryOffer.decode(Arrays.copyOf(encoded, 2)))
                .isInstanceOf(RegistryOfferException.class).hasMessage("the offer ends before its parts do");
    }

    @Test
    void refusesBytesAfterTheSignature() {
        byte[] encoded = Arrays.copyOf(offer.encoded(), offer.encoded().length + 2);

        assertThatThrownBy(() -> RegistryOffer.decode(encoded))
                .isInstanceOf(RegistryOfferException.class).hasMessage("the offer has 2 bytes after the signature");
    }

    @Test
    void refusesAnEmptyPartAndALengthBeyondTheLimit() {
        byte[] empty = ByteBuffer.allocate(8).putInt(0).putInt(0).array();
        byte[] huge = ByteBuffer.allocate(8).putInt(RegistryOffer.MAX_PART_BYTES + 1).putInt(0).array();

        assertThatThrownBy(() -> RegistryOffer.decode(empty))
                .isInstanceOf(RegistryOfferException.class).hasMessageContaining("registry length 0");
        assertThatThrownBy(() -> RegistryOffer.decode(huge))
                .isInstanceOf(RegistryOfferException.class).hasMessageContaining("registry length 16777217");
    }
}
