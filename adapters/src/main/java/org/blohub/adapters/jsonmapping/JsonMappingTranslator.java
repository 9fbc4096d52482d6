package org.blohub.adapters.jsonmapping;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.blohub.adapters.canonical.Sex;
import org.blohub.adapters.canonical.SourceDocument;
import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;
import org.blohub.adapters.names.Romanizer;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translates a JSON document of a national system through a declarative {@link JsonMapping} (YAML), so
 * that a new JSON-speaking system needs a mapping file, not code. One document gives one message; every
 * missing or unconvertible value is refused naming its JSON Pointer, and then nothing is sent.
 */
public final class JsonMappingTranslator implements InboundTranslator {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonMapping mapping;
    private final Romanizer romanizer;

    private JsonMappingTranslator(JsonMapping mapping, Romanizer romanizer) {
        this.mapping = mapping;
        this.romanizer = romanizer;
    }

    /**
     * A translator for the mapping in {@code yaml}; {@code name} (a file name) appears in errors.
     *
     * @throws InvalidMappingException naming the key to fix
     */
    public static JsonMappingTranslator fromYaml(String yaml, String name) {
        return new JsonMappingTranslator(JsonMapping.parse(yaml, name), new Romanizer());
    }

    /** A translator for a mapping packaged as a class path resource. */
    public static JsonMappingTranslator fromResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidMappingException(resource, "", "is not on the class path next to " + anchor.getName());
            }
            return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new InvalidMappingException(resource, "", "cannot be read (" + e.getMessage() + ")");
        }
    }

    @Override
    public String formatId() {
        return mapping.format();
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        try {
            JsonNode root = parse(DocumentBytes.decodeUtf8(DocumentBytes.sized(document)));
            List<TranslationRefusal> refusals = new ArrayList<>();
            MappedValues values = new MappedValues(root, "", refusals);
            Optional<LiaisonMessage> message = message(root, values, context, refusals);
            if (message.isEmpty() || !refusals.isEmpty()) {
                return new Translation(List.of(), refusals);
            }
            String reference = mapping.system() + ":" + message.get().source().flatMap(SourceDocument::reference).orElse(document.name());
            return new Translation(List.of(new TranslatedMessage(message.get(), "/", reference)), List.of());
        } catch (DocumentRefusedException e) {
            return Translation.refused(e.refusal());
        }
    }

    private static JsonNode parse(String text) throws DocumentRefusedException {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new DocumentRefusedException("/", "", "The document must be one JSON object ({...}).");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String locator = at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DocumentRefusedException(locator, "", "The document is not well-formed JSON (or repeats a member); fix it there.");
        }
    }

    private Optional<LiaisonMessage> message(JsonNode root, MappedValues values, TranslationContext context,
            List<TranslationRefusal> refusals) {
        Map<String, FieldRule> rules = mapping.message();
        String id = context.ids().next();
        Optional<MessageKind> kind = values.code("kind", rule(rules, "kind"), MessageKind::valueOf);
        Optional<Instant> created = values.instant("createdAt", rule(rules, "createdAt"));
        Optional<Instant> replyBy = values.instant("replyBy", rule(rules, "replyBy"));
        Optional<Instant> expiresAt = values.instant("expiresAt", rule(rules, "expiresAt"));
        Optional<String> from = values.text("from", rule(rules, "from"));
        List<String> to = values.texts("to", rule(rules, "to"));
        Optional<Priority> priority = values.code("priority", rule(rules, "priority"), Priority::valueOf);
        Optional<HandlingCode> handlingCode = values.code("handling", rule(rules, "handling"), HandlingCode::valueOf);
        Optional<String> restrictionText = values.text("restrictionText", rule(rules, "restrictionText"));
        Optional<String> language = values.text("language", rule(rules, "language"));
        Optional<String> subject = values.text("subject", rule(rules, "subject"));
        Optional<String> body = values.text("body", rule(rules, "body"));
        Optional<String> conversationId = values.text("conversationId", rule(rules, "conversationId"));
        Optional<String> inReplyTo = values.text("inReplyTo", rule(rules, "inReplyTo"));
        Optional<String> reference = mapping.reference().flatMap(pointer -> values.text("source.reference",
                Optional.of(new FieldRule(Optional.of(pointer), Optional.empty(), List.of(), Map.of(),
                        Optional.empty(), Optional.empty(), Optional.empty(), false))));
        Map<String, String> nationalReferences = new TreeMap<>();
        mapping.nationalReferences().forEach((key, rule) ->
                values.text("nationalReferences." + key, Optional.of(rule)).ifPresent(value -> nationalReferences.put(key, value)));
        List<Person> persons = new ArrayList<>();
        for (BlockRules block : mapping.persons()) {
            person(root, block, refusals).ifPresent(persons::add);
        }
        if (values.hasRefusals()) {
            return Optional.empty();
        }
        Handling handling = handlingCode.map(code -> new Handling(code, restrictionText)).orElse(context.defaults().handling());
        return Optional.of(LiaisonMessage.builder()
                .id(id)
                .conversationId(conversationId.orElse(id))
                .inReplyTo(inReplyTo)
                .from(from.orElse(context.office()))
                .to(to)
                .kind(kind.orElse(MessageKind.NOTIFICATION))
                .priority(priority.orElse(Priority.ROUTINE))
                .handling(handling)
                .createdAt(created.orElseThrow())
                .replyBy(replyBy)
                .expiresAt(expiresAt)
                .language(language.orElse(context.defaults().language()))
                .subject(subject.orElseThrow())
                .body(body.orElseThrow())
                .entities(new Entities(persons, List.of(), List.of(), List.of(), List.of()))
                .source(new SourceDocument(mapping.system(), Optional.of(mapping.format()), Optional.empty(), reference,
                        new TreeMap<>(nationalReferences)))
                .build());
    }

    private Optional<Person> person(JsonNode root, BlockRules block, List<TranslationRefusal> refusals) {
        Optional<JsonNode> node = at(root, block, "", refusals);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        MappedValues values = new MappedValues(node.get(), block.at(), refusals);
        Optional<PersonRole> role = values.code("role", block.field("role"), PersonRole::valueOf);
        Optional<String> nameOriginal = values.text("nameOriginal", block.field("nameOriginal"));
        Optional<String> nameLatin = values.text("nameLatin", block.field("nameLatin"));
        Optional<String> family = values.text("familyNameLatin", block.field("familyNameLatin"));
        Optional<String> given = values.text("givenNameLatin", block.field("givenNameLatin"));
        Optional<LocalDate> birthDate = values.date("birthDate", block.field("birthDate"));
        Optional<Sex> sex = values.code("sex", block.field("sex"), Sex::valueOf);
        Optional<String> nationality = values.text("nationality", block.field("nationality"));
        List<IdentityDocument> documents = new ArrayList<>();
        for (BlockRules documentBlock : block.documents()) {
            document(node.get(), documentBlock, block.at(), refusals).ifPresent(documents::add);
        }
        if (nameOriginal.isEmpty()) {
            return Optional.empty();
        }
        Person person = new Person(role.orElse(PersonRole.OTHER), nameOriginal.get(), nameLatin, family, given, birthDate, sex,
                nationality, documents);
        return Optional.of(romanizer.completed(person));
    }

    private static Optional<IdentityDocument> document(JsonNode personNode, BlockRules block, String base,
            List<TranslationRefusal> refusals) {
        Optional<JsonNode> node = at(personNode, block, base, refusals);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        MappedValues values = new MappedValues(node.get(), base + block.at(), refusals);
        Optional<DocumentKind> kind = values.code("kind", block.field("kind"), DocumentKind::valueOf);
        Optional<String> number = values.text("number", block.field("number"));
        Optional<String> issuingCountry = values.text("issuingCountry", block.field("issuingCountry"));
        Optional<LocalDate> expiresOn = values.date("expiresOn", block.field("expiresOn"));
        return number.map(n -> new IdentityDocument(kind.orElse(DocumentKind.OTHER), n, issuingCountry, expiresOn));
    }

    private static Optional<JsonNode> at(JsonNode parent, BlockRules block, String base, List<TranslationRefusal> refusals) {
        JsonNode node = parent.at(JsonPointer.compile(block.at()));
        if (node.isObject()) {
            return Optional.of(node);
        }
        if (!node.isMissingNode() && !node.isNull()) {
            refusals.add(new TranslationRefusal(base + block.at(), "", "Expected a JSON object here."));
        } else if (!block.optional()) {
            refusals.add(new TranslationRefusal(base + block.at(), "", "Missing; the mapping requires this object."));
        }
        return Optional.empty();
    }

    private static Optional<FieldRule> rule(Map<String, FieldRule> rules, String field) {
        return Optional.ofNullable(rules.get(field));
    }
}
