package org.blohub.adapters.xml;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.blohub.adapters.intake.DocumentRefusedException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Thai case system's XML Schema ({@code docs/schema/th-cms-request.xsd}, packaged with the module) and
 * the check of a document against it. A refusal names the line, column and element path and never
 * quotes a value from the document.
 */
final class CmsSchema {

    static final String NAMESPACE = "urn:th:police:cms:2";
    private static final String RESOURCE = "/org/blohub/adapters/schema/th-cms-request.xsd";
    /** Parser messages quote offending values ("Value 'นายสมชาย' is not ..."); those may be names. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("([Vv]alue) '[^']*'");

    private final Schema schema;

    CmsSchema() {
        URL xsd = CmsSchema.class.getResource(RESOURCE);
        if (xsd == null) {
            throw new XmlSetupException("the schema " + RESOURCE + " is not on the class path", null);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new XmlSetupException("cannot load the schema " + RESOURCE, e);
        }
    }

    Schema schema() {
        return schema;
    }

    /** Parses {@code text} with the hardened reader and validates it; the first problem refuses the document. */
    void check(String text) throws DocumentRefusedException {
        PathTracker path = new PathTracker();
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setContentHandler(path);
            validator.setErrorHandler(path);
            XMLReader reader = HardenedXml.saxReader();
            reader.setContentHandler(validator);
            reader.setErrorHandler(path);
            reader.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw refusal(e, path.current());
        } catch (SAXException | ParserConfigurationException e) {
            throw new XmlSetupException("the hardened XML parser cannot be configured", e);
        } catch (IOException e) {
            throw new XmlSetupException("reading from memory failed", e);
        }
    }

    static DocumentRefusedException refusal(SAXParseException e, String path) {
        String locator = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return new DocumentRefusedException(locator, "", "The document contains a DOCTYPE declaration. DOCTYPEs, and with them "
                    + "entity definitions (internal or external), are not accepted: remove the DOCTYPE and any entity references.");
        }
        String reason = QUOTED_VALUE.matcher(message).replaceAll("$1");
        return new DocumentRefusedException(locator, path,
                "The document does not match the case system schema th-cms-request.xsd: " + reason);
    }

    /** Remembers the element being read, so that a schema error can name it. */
    private static final class PathTracker extends DefaultHandler {
        private final Deque<String> elements = new ArrayDeque<>();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            elements.addLast(localName);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            elements.removeLast();
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }

        String current() {
            return elements.isEmpty() ? "" : "/" + String.join("/", elements);
        }
    }
}
