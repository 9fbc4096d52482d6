package org.blohub.adapters.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.names.Romanizer;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Thai police case-management system's case request ({@code th-cms-xml}, namespace
 * {@code urn:th:police:cms:2}): read in the encoding its XML declaration names (UTF-8, windows-874,
 * TIS-620), validated against {@code th-cms-request.xsd} by a parser that refuses DOCTYPEs, then mapped
 * to one canonical message with Buddhist Era dates converted.
 */
public final class ThaiCmsXmlTranslator implements InboundTranslator {

    public static final String FORMAT_ID = "th-cms-xml";

    private final CmsSchema schema = new CmsSchema();
    private final CaseRequestReader reader = new CaseRequestReader(new Romanizer());

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        try {
            String text = XmlDeclaration.decode(DocumentBytes.sized(document));
            schema.check(text);
            CmsElement root = CmsElement.root(parse(text).getDocumentElement());
            return new Translation(List.of(new TranslatedMessage(reader.read(root, context), root.path(),
                    root.required("Header").required("RequestNo").text())), List.of());
        } catch (DocumentRefusedException e) {
            return Translation.refused(e.refusal());
        }
    }

    private static Document parse(String text) throws DocumentRefusedException {
        try {
            return HardenedXml.documentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw CmsSchema.refusal(e, "");
        } catch (SAXException | ParserConfigurationException e) {
            throw new XmlSetupException("the hardened XML parser cannot be configured", e);
        } catch (IOException e) {
            throw new XmlSetupException("reading from memory failed", e);
        }
    }
}
