package org.blohub.adapters.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.blohub.adapters.csv.LaoCustomsCsvTranslator;
import org.junit.jupiter.api.Test;

class NationalFormatsTest {

    private final NationalFormats formats = NationalFormats.load();

    @Test
    void findsTheRegisteredInboundTranslatorsByFormatId() {
        assertThat(formats.inbound("la-customs-csv")).containsInstanceOf(LaoCustomsCsvTranslator.class);
        assertThat(formats.inboundFormatIds()).contains("la-customs-csv");
    }

    @Test
    void anUnknownFormatIdFindsNothing() {
        assertThat(formats.inbound("xx-unknown")).isEmpty();
        assertThat(formats.outbound("xx-unknown")).isEmpty();
    }
}
