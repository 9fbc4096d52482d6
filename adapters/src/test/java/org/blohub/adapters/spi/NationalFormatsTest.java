package org.blohub.adapters.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.blohub.adapters.csv.LaoCustomsCsvTranslator;
import org.blohub.adapters.jsonmapping.CambodianImmigrationAlertTranslator;
import org.blohub.adapters.mail.OfficerMailTranslator;
import org.blohub.adapters.xml.ThaiCmsXmlRenderer;
import org.blohub.adapters.xml.ThaiCmsXmlTranslator;
import org.junit.jupiter.api.Test;

class NationalFormatsTest {

    private final NationalFormats formats = NationalFormats.load();

    @Test
    void findsEveryPackagedTranslatorByItsFormatId() {
        assertThat(formats.inboundFormatIds())
                .containsExactlyInAnyOrder("la-customs-csv", "th-cms-xml", "kh-immigration-json", "mm-officer-email");
        assertThat(formats.inbound("la-customs-csv")).containsInstanceOf(LaoCustomsCsvTranslator.class);
        assertThat(formats.inbound("th-cms-xml")).containsInstanceOf(ThaiCmsXmlTranslator.class);
        assertThat(formats.inbound("kh-immigration-json")).containsInstanceOf(CambodianImmigrationAlertTranslator.class);
        assertThat(formats.inbound("mm-officer-email")).containsInstanceOf(OfficerMailTranslator.class);
        assertThat(formats.outboundFormatIds()).containsExactly("th-cms-xml");
        assertThat(formats.outbound("th-cms-xml")).containsInstanceOf(ThaiCmsXmlRenderer.class);
    }

    @Test
    void anUnknownFormatIdFindsNothing() {
        assertThat(formats.inbound("xx-unknown")).isEmpty();
        assertThat(formats.outbound("xx-unknown")).isEmpty();
    }
}
