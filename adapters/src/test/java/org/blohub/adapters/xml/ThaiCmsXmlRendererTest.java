package org.blohub.adapters.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.blohub.adapters.SampleDocuments;
import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.SampleMessages;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.RenderedDocument;
import org.blohub.adapters.spi.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ThaiCmsXmlRendererTest {

    private static final Path PUBLISHED_SCHEMA = Path.of("..", "docs", "schema", "th-cms-request.xsd");

    private final ThaiCmsXmlRenderer renderer = new ThaiCmsXmlRenderer();
    private final ThaiCmsXmlTranslator translator = new ThaiCmsXmlTranslator();

    static List<LiaisonMessage> samples() {
        return SampleMessages.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesDocumentsThatValidateAgainstThePublishedSchema(LiaisonMessage message) throws Exception {
        RenderedDocument document = renderer.render(message);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(PUBLISHED_SCHEMA.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(document.content())));
        assertThat(document.fileName()).isEqualTo(message.id() + ".xml");
        assertThat(document.mediaType()).isEqualTo("application/xml");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readingWhatItWroteGivesBackEveryFieldButIdSourceAndAttachments(LiaisonMessage message) {
        Translation translation = translator.translate(new NationalDocument("out.xml", renderer.render(message).content()),
                SampleDocuments.context(message.from()));
        assertThat(translation.refusals()).isEmpty();
        LiaisonMessage back = translation.messages().get(0).message();
        Optional<String> caseRef = message.source().flatMap(s -> Optional.ofNullable(s.nationalReferences().get("CaseRef")));
        assertThat(back.source()).hasValueSatisfying(source -> {
            assertThat(source.reference()).contains(message.id());
            assertThat(Optional.ofNullable(source.nationalReferences().get("CaseRef"))).isEqualTo(caseRef);
        });
        LiaisonMessage expected = message.toBuilder().id(back.id()).attachments(List.of()).source(back.source()).build();
        assertThat(back).isEqualTo(expected);
    }

    @Test
    void writesBuddhistEraDatesInBangkokTime() {
        String xml = new String(renderer.render(SampleMessages.maeSaiVehicleCheckRequest()).content(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<Created>28/11/2569 09:41:00</Created>")
                .contains("<ReplyBy>28/11/2569 11:41:00</ReplyBy>")
                .contains("<BirthDate>12/03/2531</BirthDate>")
                .contains("<Urgency>1</Urgency>")
                .contains("<Restriction code=\"H2\">No onward sharing without permission of Mae Sai BLO</Restriction>")
                .contains("<RequestNo>" + SampleMessages.MAE_SAI_REQUEST_ID + "</RequestNo>")
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"");
    }

    @Test
    void aDerivedRomanisationIsNotWrittenAsTheNamesSpelling() {
        LiaisonMessage message = SampleMessages.maeSaiVehicleCheckRequest();
        LiaisonMessage derived = message.toBuilder().entities(new Entities(
                List.of(Person.named(PersonRole.SUSPECT, "สมชาย")
                        .withDerivedNameLatin("Smchay")), List.of(), List.of(), List.of(), List.of())).build();
        String xml = new String(renderer.render(derived).content(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<NameNative>สมชาย</NameNative>").doesNotContain("NameLatin");
    }
}
