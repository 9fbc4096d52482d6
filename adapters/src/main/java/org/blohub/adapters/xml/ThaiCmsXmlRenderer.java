package org.blohub.adapters.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.blohub.adapters.canonical.IdentityDocument;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.Seizure;
import org.blohub.adapters.canonical.Sex;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.adapters.canonical.Vessel;
import org.blohub.adapters.spi.OutboundTranslator;
import org.blohub.adapters.spi.RenderedDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a delivered canonical message as a {@code CaseRequest} of the Thai case system ({@code th-cms-xml}),
 * UTF-8, Buddhist Era dates in Bangkok time; the result validates against {@code th-cms-request.xsd}.
 * {@code RequestNo} carries the message id (the case system quotes it in {@code InReplyTo} to answer);
 * attachments travel beside the document, not in it.
 */
public final class ThaiCmsXmlRenderer implements OutboundTranslator {

    static final String FORMAT_VERSION = "2.3";
    private static final Map<Priority, String> URGENCY = Map.of(Priority.FLASH, "1", Priority.IMMEDIATE, "2", Priority.ROUTINE, "3");
    private static final Map<Sex, String> SEX = Map.of(Sex.MALE, "M", Sex.FEMALE, "F", Sex.X, "X", Sex.UNKNOWN, "U");

    @Override
    public String formatId() {
        return ThaiCmsXmlTranslator.FORMAT_ID;
    }

    @Override
    public RenderedDocument render(LiaisonMessage message) {
        try {
            Document document = HardenedXml.documentBuilder().newDocument();
            Element root = document.createElementNS(CmsSchema.NAMESPACE, "CaseRequest");
            root.setAttribute("version", FORMAT_VERSION);
            document.appendChild(root);
            Writer out = new Writer(document);
            header(out, out.child(root, "Header"), message);
            out.text(root, "Subject", message.subject());
            out.text(root, "Narrative", message.body());
            if (!message.entities().persons().isEmpty()) {
                Element persons = out.child(root, "Persons");
                message.entities().persons().forEach(person -> person(out, persons, person));
            }
            if (!message.entities().documents().isEmpty()) {
                Element documents = out.child(root, "Documents");
                message.entities().documents().forEach(identity -> identityDocument(out, documents, identity));
            }
            if (!message.entities().vehicles().isEmpty()) {
                Element vehicles = out.child(root, "Vehicles");
                message.entities().vehicles().forEach(vehicle -> vehicle(out, vehicles, vehicle));
            }
            if (!message.entities().vessels().isEmpty()) {
                Element vessels = out.child(root, "Vessels");
                message.entities().vessels().forEach(vessel -> vessel(out, vessels, vessel));
            }
            if (!message.entities().seizures().isEmpty()) {
                Element seizures = out.child(root, "Seizures");
                message.entities().seizures().forEach(seizure -> seizure(out, seizures, seizure));
            }
            return new RenderedDocument(message.id() + ".xml", "application/xml", serialize(document));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new XmlSetupException("cannot write message " + message.id() + " as " + ThaiCmsXmlTranslator.FORMAT_ID, e);
        }
    }

    private static void header(Writer out, Element header, LiaisonMessage message) {
        out.text(header, "RequestNo", message.id());
        message.source().flatMap(source -> Optional.ofNullable(source.nationalReferences().get("CaseRef")))
                .ifPresent(caseRef -> out.text(header, "CaseRef", caseRef));
        out.text(header, "FromUnit", message.from()).setAttribute("code", message.from());
        message.to().forEach(to -> out.text(header, "ToUnit", to).setAttribute("code", to));
        out.text(header, "Created", BuddhistEraTime.formatDateTime(message.createdAt()));
        message.replyBy().ifPresent(replyBy -> out.text(header, "ReplyBy", BuddhistEraTime.formatDateTime(replyBy)));
        message.expiresAt().ifPresent(expiresAt -> out.text(header, "ValidUntil", BuddhistEraTime.formatDateTime(expiresAt)));
        out.text(header, "Urgency", URGENCY.get(message.priority()));
        out.text(header, "Restriction", message.handling().restrictionText().orElse(""))
                .setAttribute("code", message.handling().code().name());
        out.text(header, "Lang", message.language());
        out.text(header, "Kind", message.kind().name());
        out.text(header, "ConversationId", message.conversationId());
        message.inReplyTo().ifPresent(inReplyTo -> out.text(header, "InReplyTo", inReplyTo));
    }

    private static void person(Writer out, Element parent, Person person) {
        Element element = out.child(parent, "Person");
        element.setAttribute("role", person.role().name().toLowerCase(Locale.ROOT));
        out.text(element, "NameNative", person.nameOriginal());
        // a derived romanisation is not written: the case system would file it as the person's spelling
        person.nameLatin().filter(latin -> !person.nameLatinDerived()).ifPresent(latin -> out.text(element, "NameLatin", latin));
        person.familyNameLatin().ifPresent(name -> out.text(element, "FamilyNameLatin", name));
        person.givenNameLatin().ifPresent(name -> out.text(element, "GivenNameLatin", name));
        person.birthDate().ifPresent(date -> out.text(element, "BirthDate", BuddhistEraTime.formatDate(date)));
        person.sex().ifPresent(sex -> out.text(element, "Sex", SEX.get(sex)));
        person.nationality().ifPresent(country -> out.text(element, "Nationality", country));
        person.documents().forEach(document -> identityDocument(out, element, document));
    }

    private static void identityDocument(Writer out, Element parent, IdentityDocument document) {
        Element element = out.text(parent, "Document", document.number());
        element.setAttribute("type", document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        document.issuingCountry().ifPresent(country -> element.setAttribute("country", country));
        document.expiresOn().ifPresent(date -> element.setAttribute("expires", BuddhistEraTime.formatDate(date)));
    }

    private static void vehicle(Writer out, Element parent, Vehicle vehicle) {
        Element element = out.child(parent, "Vehicle");
        Element plate = out.text(element, "Plate", vehicle.plate());
        vehicle.plateCountry().ifPresent(country -> plate.setAttribute("country", country));
        vehicle.make().ifPresent(make -> out.text(element, "Make", make));
        vehicle.colour().ifPresent(colour -> out.text(element, "Colour", colour));
    }

    private static void vessel(Writer out, Element parent, Vessel vessel) {
        Element element = out.child(parent, "Vessel");
        vessel.name().ifPresent(name -> out.text(element, "Name", name));
        vessel.registration().ifPresent(registration -> out.text(element, "Registration", registration));
        vessel.flag().ifPresent(flag -> out.text(element, "Flag", flag));
        vessel.description().ifPresent(description -> out.text(element, "Description", description));
    }

    private static void seizure(Writer out, Element parent, Seizure seizure) {
        Element element = out.child(parent, "Seizure");
        Element commodity = out.text(element, "Commodity", seizure.commodity());
        seizure.commodityClass().ifPresent(commodityClass -> commodity.setAttribute("class", commodityClass));
        seizure.commodityOriginal().ifPresent(original -> out.text(element, "CommodityNative", original));
        out.text(element, "Quantity", seizure.quantity().stripTrailingZeros().toPlainString()).setAttribute("unit", seizure.unit());
        seizure.place().ifPresent(place -> out.text(element, "Place", place));
        seizure.seizedOn().ifPresent(date -> out.text(element, "SeizedOn", BuddhistEraTime.formatDate(date)));
        seizure.personsDetained().ifPresent(count -> out.text(element, "PersonsDetained", Integer.toString(count)));
    }

    private static byte[] serialize(Document document) throws TransformerException {
        Transformer transformer = HardenedXml.transformerFactory().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(bytes));
        return bytes.toByteArray();
    }

    /** Creates elements in the case system's namespace. */
    private record Writer(Document document) {

        Element child(Element parent, String name) {
            Element element = document.createElementNS(CmsSchema.NAMESPACE, name);
            parent.appendChild(element);
            return element;
        }

        Element text(Element parent, String name, String text) {
            Element element = child(parent, name);
            element.setTextContent(text);
            return element;
        }
    }
}
