package org.blohub.adapters.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.blohub.adapters.canonical.DocumentKind;
import org.blohub.adapters.canonical.Entities;
import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.IdentityDocument;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Person;
import org.blohub.adapters.canonical.PersonRole;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.canonical.Seizure;
import org.blohub.adapters.canonical.Sex;
import org.blohub.adapters.canonical.SourceDocument;
import org.blohub.adapters.canonical.Vehicle;
import org.blohub.adapters.canonical.Vessel;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.names.Romanizer;
import org.blohub.adapters.spi.TranslationContext;

/** Turns a schema-valid {@code CaseRequest} into a canonical message (mapping in docs/adapters.md). */
final class CaseRequestReader {

    static final String SYSTEM = "th-police-cms";
    private static final Map<String, Priority> URGENCY = Map.of("1", Priority.FLASH, "2", Priority.IMMEDIATE, "3", Priority.ROUTINE);
    private static final Map<String, Sex> SEX = Map.of("M", Sex.MALE, "F", Sex.FEMALE, "X", Sex.X, "U", Sex.UNKNOWN);

    private final Romanizer romanizer;

    CaseRequestReader(Romanizer romanizer) {
        this.romanizer = romanizer;
    }

    LiaisonMessage read(CmsElement root, TranslationContext context) throws DocumentRefusedException {
        CmsElement header = root.required("Header");
        String id = context.ids().next();
        Instant created = instant(header.required("Created"));
        CmsElement restriction = header.required("Restriction");
        String restrictionText = restriction.text();
        Map<String, String> references = new TreeMap<>();
        header.childText("CaseRef").ifPresent(caseRef -> references.put("CaseRef", caseRef));
        LiaisonMessage.Builder message = LiaisonMessage.builder()
                .id(id)
                .conversationId(header.childText("ConversationId").orElse(id))
                .inReplyTo(header.childText("InReplyTo"))
                .from(header.required("FromUnit").attribute("code").orElseThrow())
                .to(header.children("ToUnit").stream().map(unit -> unit.attribute("code").orElseThrow()).toList())
                .kind(header.childText("Kind").map(MessageKind::valueOf).orElse(MessageKind.REQUEST))
                .priority(URGENCY.get(header.required("Urgency").text()))
                .handling(new Handling(HandlingCode.valueOf(restriction.attribute("code").orElseThrow()),
                        restrictionText.isEmpty() ? Optional.empty() : Optional.of(restrictionText)))
                .createdAt(created)
                .language(header.required("Lang").text())
                .subject(root.required("Subject").text())
                .body(root.required("Narrative").text())
                .entities(entities(root))
                .source(new SourceDocument(SYSTEM, Optional.of(CmsSchema.NAMESPACE), root.attribute("version"),
                        Optional.of(header.required("RequestNo").text()), new TreeMap<>(references)));
        Optional<CmsElement> replyBy = header.child("ReplyBy");
        if (replyBy.isPresent()) {
            message.replyBy(instant(replyBy.get()));
        }
        Optional<CmsElement> validUntil = header.child("ValidUntil");
        if (validUntil.isPresent()) {
            message.expiresAt(instant(validUntil.get()));
        }
        return message.build();
    }

    private Entities entities(CmsElement root) throws DocumentRefusedException {
        List<Person> persons = new ArrayList<>();
        for (CmsElement person : list(root, "Persons", "Person")) {
            persons.add(person(person));
        }
        List<IdentityDocument> documents = new ArrayList<>();
        for (CmsElement document : list(root, "Documents", "Document")) {
            documents.add(document(document));
        }
        List<Vehicle> vehicles = list(root, "Vehicles", "Vehicle").stream().map(CaseRequestReader::vehicle).toList();
        List<Vessel> vessels = list(root, "Vessels", "Vessel").stream().map(vessel -> new Vessel(vessel.childText("Name"),
                vessel.childText("Registration"), vessel.childText("Flag"), vessel.childText("Description"))).toList();
        List<Seizure> seizures = new ArrayList<>();
        for (CmsElement seizure : list(root, "Seizures", "Seizure")) {
            seizures.add(seizure(seizure));
        }
        return new Entities(persons, documents, vehicles, vessels, seizures);
    }

    private Person person(CmsElement element) throws DocumentRefusedException {
        Person person = Person.named(PersonRole.valueOf(element.attribute("role").orElseThrow().toUpperCase(Locale.ROOT)),
                element.required("NameNative").text());
        Optional<String> latin = element.childText("NameLatin");
        if (latin.isPresent()) {
            person = person.withNameLatin(latin.get());
        } else {
            person = romanizer.completed(person);
        }
        Optional<String> family = element.childText("FamilyNameLatin");
        Optional<String> given = element.childText("GivenNameLatin");
        if (family.isPresent() || given.isPresent()) {
            person = new Person(person.role(), person.nameOriginal(), person.nameLatin(), family, given, person.birthDate(),
                    person.sex(), person.nationality(), person.documents(), person.nameLatinDerived());
        }
        Optional<CmsElement> birthDate = element.child("BirthDate");
        if (birthDate.isPresent()) {
            person = person.withBirthDate(date(birthDate.get(), birthDate.get().text()));
        }
        Optional<Sex> sex = element.childText("Sex").map(SEX::get);
        if (sex.isPresent()) {
            person = person.withSex(sex.get());
        }
        Optional<String> nationality = element.childText("Nationality");
        if (nationality.isPresent()) {
            person = person.withNationality(nationality.get());
        }
        List<IdentityDocument> documents = new ArrayList<>();
        for (CmsElement document : element.children("Document")) {
            documents.add(document(document));
        }
        return person.withDocuments(documents);
    }

    private static IdentityDocument document(CmsElement element) throws DocumentRefusedException {
        DocumentKind kind = DocumentKind.valueOf(element.attribute("type").orElseThrow().toUpperCase(Locale.ROOT).replace('-', '_'));
        Optional<String> expires = element.attribute("expires");
        return new IdentityDocument(kind, element.text(), element.attribute("country"),
                expires.isPresent() ? Optional.of(date(element, expires.get())) : Optional.empty());
    }

    private static Vehicle vehicle(CmsElement element) {
        CmsElement plate = element.required("Plate");
        return new Vehicle(plate.text(), plate.attribute("country"), element.childText("Make"), element.childText("Colour"));
    }

    private static Seizure seizure(CmsElement element) throws DocumentRefusedException {
        CmsElement commodity = element.required("Commodity");
        CmsElement quantity = element.required("Quantity");
        Optional<CmsElement> seizedOn = element.child("SeizedOn");
        return new Seizure(commodity.text(), element.childText("CommodityNative"), commodity.attribute("class"),
                new BigDecimal(quantity.text()), quantity.attribute("unit").orElseThrow(), element.childText("Place"),
                seizedOn.isPresent() ? Optional.of(date(seizedOn.get(), seizedOn.get().text())) : Optional.empty(),
                element.childText("PersonsDetained").map(Integer::valueOf));
    }

    private static List<CmsElement> list(CmsElement root, String container, String item) {
        return root.child(container).map(c -> c.children(item)).orElse(List.of());
    }

    private static Instant instant(CmsElement element) throws DocumentRefusedException {
        return BuddhistEraTime.parseDateTime(element.text()).orElseThrow(() -> new DocumentRefusedException(element.path(),
                element.element().getLocalName(), "Not a date and time that exists: write dd/MM/yyyy HH:mm:ss with a Buddhist Era year "
                        + "(CE + 543), Bangkok time, e.g. 28/11/2569 09:41:00."));
    }

    private static LocalDate date(CmsElement element, String text) throws DocumentRefusedException {
        return BuddhistEraTime.parseDate(text).orElseThrow(() -> new DocumentRefusedException(element.path(),
                element.element().getLocalName(), "Not a date that exists: write dd/MM/yyyy with a Buddhist Era year (CE + 543), "
                        + "e.g. 12/03/2531."));
    }
}
