package org.blohub.adapters.canonical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.blohub.adapters.canonical.HiddenCharacters.Allowance;

/**
 * Checks a {@link LiaisonMessage} against the rules every node applies before sealing it, and reports
 * every problem at once with its field path, so an officer or a national system can fix them all.
 * Never throws for bad content.
 */
public final class LiaisonMessageValidator {

    public static final int MAX_SUBJECT_CHARACTERS = 200;
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_NAME_CHARACTERS = 200;
    public static final int MAX_SHORT_TEXT_CHARACTERS = 200;
    public static final int MAX_RESTRICTION_TEXT_CHARACTERS = 1000;
    public static final int MAX_MESSAGE_JSON_BYTES = 256 * 1024;
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    /** Up to 15 significant digits every decimal survives the IEEE 754 double of RFC 8785 exactly. */
    public static final int MAX_QUANTITY_DIGITS = 15;
    /** How far ahead of this node's clock a sender's clock may run. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Pattern OFFICE_ID = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{2,20}$");
    private static final Pattern OPERATION_GROUP_ID = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,40}$");
    private static final Pattern COUNTRY_ALPHA3 = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$");
    private static final Pattern COMMODITY_CLASS = Pattern.compile("^[A-Z0-9_-]{1,20}$");

    private final LiaisonMessageJson json = new LiaisonMessageJson();

    /** Validates at the time {@code clock} says now; returns no errors when the message is acceptable. */
    public List<FieldError> validate(LiaisonMessage message, Clock clock) {
        Errors errors = new Errors();
        Instant now = clock.instant();
        checkIdentifiers(message, errors);
        checkAddressing(message, errors);
        checkHandling(message.handling(), errors);
        checkTimes(message, now, errors);
        checkText(message, errors);
        checkEntities(message.entities(), now, errors);
        checkAttachments(message.attachments(), errors);
        message.source().ifPresent(source -> checkSource(source, errors));
        message.forwardedFrom().ifPresent(forwarded -> checkForwardedFrom(message, forwarded, errors));
        checkTotalSize(message, errors);
        return errors.list();
    }

    private static void checkIdentifiers(LiaisonMessage message, Errors errors) {
        errors.ulid("id", message.id(), "message id");
        errors.ulid("conversationId", message.conversationId(), "conversation id");
        message.inReplyTo().ifPresent(id -> errors.ulid("inReplyTo", id, "id of the answered message"));
        if (message.kind().answersAnotherMessage() && message.inReplyTo().isEmpty()) {
            errors.add("inReplyTo", FieldErrorCode.REQUIRED, "A " + message.kind()
                    + " must name the message it answers: set inReplyTo to that message's id.");
        }
    }

    private static void checkAddressing(LiaisonMessage message, Errors errors) {
        errors.officeId("from", message.from(), "sending office");
        if (message.to().isEmpty() && message.operationGroup().isEmpty()) {
            errors.add("to", FieldErrorCode.REQUIRED, "Add at least one addressed office, or an operation group.");
        }
        message.operationGroup().filter(group -> !OPERATION_GROUP_ID.matcher(group).matches()).ifPresent(group ->
                errors.add("operationGroup", FieldErrorCode.INVALID_FORMAT,
                        "Write the operation group id as the registry lists it, e.g. MEKONG-JOINT-2026."));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < message.to().size(); i++) {
            String office = message.to().get(i);
            String path = "to[" + i + "]";
            errors.officeId(path, office, "addressed office");
            if (!seen.add(office)) {
                errors.add(path, FieldErrorCode.DUPLICATE, "This office is addressed twice; remove the repetition.");
            }
            if (office.equals(message.from())) {
                errors.add(path, FieldErrorCode.SENDER_AMONG_RECIPIENTS,
                        "The sending office cannot address itself; remove it from the recipients.");
            }
        }
    }

    private static void checkForwardedFrom(LiaisonMessage message, ForwardedFrom forwarded, Errors errors) {
        errors.ulid("forwardedFrom.messageId", forwarded.messageId(), "id of the forwarded message");
        errors.officeId("forwardedFrom.from", forwarded.from(), "office that sent the forwarded message");
        forwarded.consentId().ifPresent(id -> errors.ulid("forwardedFrom.consentId", id, "id of the consent reply"));
        if (forwarded.handling().code() != message.handling().code()) {
            errors.add("handling.code", FieldErrorCode.OUT_OF_RANGE, "A forwarded message keeps the handling code "
                    + forwarded.handling().code() + " of the message it forwards.");
        }
    }

    private static void checkHandling(Handling handling, Errors errors) {
        String path = "handling.restrictionText";
        boolean hasText = handling.restrictionText().filter(text -> !HiddenCharacters.nothingVisible(text)).isPresent();
        if (handling.code().requiresRestrictionText() && !hasText) {
            errors.add(path, FieldErrorCode.REQUIRED,
                    "Handling code H3 means other restrictions: write the restrictions in the restriction text.");
        }
        handling.restrictionText().ifPresent(text -> {
            if (errors.noHiddenCharacters(path, text, Allowance.MULTI_LINE, "restriction text")) {
                errors.maxCharacters(path, text, MAX_RESTRICTION_TEXT_CHARACTERS, "restriction text");
            }
        });
    }

    private static void checkTimes(LiaisonMessage message, Instant now, Errors errors) {
        Instant created = message.createdAt();
        if (created.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            errors.add("createdAt", FieldErrorCode.IN_THE_FUTURE,
                    "The creation time is in the future; check the sending computer's clock.");
        }
        message.replyBy().ifPresent(replyBy -> {
            if (replyBy.isBefore(now)) {
                errors.add("replyBy", FieldErrorCode.IN_THE_PAST, "The reply deadline has already passed; set a later one.");
            }
            if (!replyBy.isAfter(created)) {
                errors.add("replyBy", FieldErrorCode.NOT_AFTER_CREATION,
                        "The reply deadline must be after the message's creation time.");
            }
        });
        message.expiresAt().ifPresent(expiresAt -> {
            if (!expiresAt.isAfter(created)) {
                errors.add("expiresAt", FieldErrorCode.NOT_AFTER_CREATION,
                        "The end of validity must be after the message's creation time.");
            }
        });
    }

    private static void checkText(LiaisonMessage message, Errors errors) {
        if (message.language().isBlank()) {
            errors.add("language", FieldErrorCode.REQUIRED, "Say which language the message is written in (e.g. th, km, lo, en).");
        } else if (!isWellFormedLanguageTag(message.language())) {
            errors.add("language", FieldErrorCode.INVALID_FORMAT,
                    "The language must be a BCP 47 language tag such as th, km, lo, vi, my or en.");
        }
        errors.requiredLine("subject", message.subject(), MAX_SUBJECT_CHARACTERS, "subject");
        if (message.kind() == MessageKind.RECEIPT || errors.required("body", message.body(), "message text (body)")) {
            errors.noHiddenCharacters("body", message.body(), Allowance.BODY, "message text (body)");
        }
        int bodyBytes = message.body().getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > MAX_BODY_BYTES) {
            errors.add("body", FieldErrorCode.TOO_LONG, "The message text is " + bodyBytes + " bytes; shorten it to at most "
                    + MAX_BODY_BYTES + " bytes (64 KiB) or send the long part as an attachment.");
        }
    }

    private static boolean isWellFormedLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static void checkEntities(Entities entities, Instant now, Errors errors) {
        for (int i = 0; i < entities.persons().size(); i++) {
            checkPerson(entities.persons().get(i), "entities.persons[" + i + "]", now, errors);
        }
        for (int i = 0; i < entities.documents().size(); i++) {
            checkDocument(entities.documents().get(i), "entities.documents[" + i + "]", errors);
        }
        for (int i = 0; i < entities.vehicles().size(); i++) {
            checkVehicle(entities.vehicles().get(i), "entities.vehicles[" + i + "]", errors);
        }
        for (int i = 0; i < entities.vessels().size(); i++) {
            checkVessel(entities.vessels().get(i), "entities.vessels[" + i + "]", errors);
        }
        for (int i = 0; i < entities.seizures().size(); i++) {
            checkSeizure(entities.seizures().get(i), "entities.seizures[" + i + "]", now, errors);
        }
    }

    private static void checkPerson(Person person, String path, Instant now, Errors errors) {
        errors.requiredLine(path + ".nameOriginal", person.nameOriginal(), MAX_NAME_CHARACTERS, "person's name");
        if (person.nameLatin().isEmpty() && !isLatinScript(person.nameOriginal())) {
            errors.add(path + ".nameLatin", FieldErrorCode.REQUIRED,
                    "The name is not in Latin letters: add its romanisation so that officers across the border can search for it.");
        }
        if (person.nameLatin().isEmpty() && person.nameLatinDerived()) {
            errors.add(path + ".nameLatin", FieldErrorCode.REQUIRED,
                    "The romanisation is marked as derived but is missing: add it, or remove the mark.");
        }
        latinName(path + ".nameLatin", person.nameLatin(), errors);
        latinName(path + ".familyNameLatin", person.familyNameLatin(), errors);
        latinName(path + ".givenNameLatin", person.givenNameLatin(), errors);
        person.birthDate().ifPresent(birthDate -> {
            if (birthDate.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
                errors.add(path + ".birthDate", FieldErrorCode.IN_THE_FUTURE, "The birth date is in the future; check the year (Buddhist Era years are 543 ahead).");
            }
        });
        person.nationality().ifPresent(country -> errors.country(path + ".nationality", country, "nationality"));
        for (int i = 0; i < person.documents().size(); i++) {
            checkDocument(person.documents().get(i), path + ".documents[" + i + "]", errors);
        }
    }

    private static void latinName(String path, Optional<String> name, Errors errors) {
        name.ifPresent(value -> {
            if (errors.requiredLine(path, value, MAX_NAME_CHARACTERS, "romanised name") && !isLatinScript(value)) {
                errors.add(path, FieldErrorCode.NOT_LATIN_SCRIPT,
                        "Write the romanised name in Latin letters only (A-Z, with accents if needed).");
            }
        });
    }

    private static boolean isLatinScript(String text) {
        return text.codePoints().allMatch(codePoint -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
        });
    }

    private static void checkDocument(IdentityDocument document, String path, Errors errors) {
        errors.requiredLine(path + ".number", document.number(), 50, "document number");
        document.issuingCountry().ifPresent(country -> errors.country(path + ".issuingCountry", country, "issuing country"));
    }

    private static void checkVehicle(Vehicle vehicle, String path, Errors errors) {
        errors.requiredLine(path + ".plate", vehicle.plate(), 50, "number plate");
        vehicle.plateCountry().ifPresent(country -> errors.country(path + ".plateCountry", country, "plate country"));
        vehicle.make().ifPresent(make -> errors.line(path + ".make", make, MAX_SHORT_TEXT_CHARACTERS, "make"));
        vehicle.colour().ifPresent(colour -> errors.line(path + ".colour", colour, MAX_SHORT_TEXT_CHARACTERS, "colour"));
    }

    private static void checkVessel(Vessel vessel, String path, Errors errors) {
        if (vessel.name().isEmpty() && vessel.registration().isEmpty() && vessel.description().isEmpty()) {
            errors.add(path, FieldErrorCode.REQUIRED, "Describe the vessel: give its name, registration or a description.");
        }
        vessel.name().ifPresent(name -> errors.line(path + ".name", name, MAX_SHORT_TEXT_CHARACTERS, "vessel name"));
        vessel.registration().ifPresent(registration ->
                errors.line(path + ".registration", registration, MAX_SHORT_TEXT_CHARACTERS, "registration"));
        vessel.flag().ifPresent(flag -> errors.country(path + ".flag", flag, "flag"));
        vessel.description().ifPresent(description -> {
            if (errors.noHiddenCharacters(path + ".description", description, Allowance.MULTI_LINE, "vessel description")) {
                errors.maxCharacters(path + ".description", description, 1000, "vessel description");
            }
        });
    }

    private static void checkSeizure(Seizure seizure, String path, Instant now, Errors errors) {
        errors.requiredLine(path + ".commodity", seizure.commodity(), MAX_SHORT_TEXT_CHARACTERS, "commodity");
        seizure.commodityOriginal().ifPresent(text ->
                errors.line(path + ".commodityOriginal", text, MAX_SHORT_TEXT_CHARACTERS, "commodity"));
        seizure.commodityClass().ifPresent(commodityClass -> {
            if (!COMMODITY_CLASS.matcher(commodityClass).matches()) {
                errors.add(path + ".commodityClass", FieldErrorCode.INVALID_FORMAT,
                        "The commodity class must be a short code in capitals, such as ATS.");
            }
        });
        BigDecimal quantity = seizure.quantity();
        if (quantity.signum() <= 0) {
            errors.add(path + ".quantity", FieldErrorCode.OUT_OF_RANGE, "The quantity must be greater than zero.");
        } else if (quantity.stripTrailingZeros().precision() > MAX_QUANTITY_DIGITS
                || quantity.compareTo(BigDecimal.TEN.pow(MAX_QUANTITY_DIGITS)) >= 0
                || quantity.stripTrailingZeros().scale() > MAX_QUANTITY_DIGITS) {
            errors.add(path + ".quantity", FieldErrorCode.TOO_PRECISE, "Give the quantity with at most "
                    + MAX_QUANTITY_DIGITS + " significant digits, below 10^15 and no finer than 10^-15; change the unit if needed.");
        }
        errors.requiredLine(path + ".unit", seizure.unit(), 20, "unit");
        seizure.place().ifPresent(place -> errors.line(path + ".place", place, MAX_SHORT_TEXT_CHARACTERS, "place"));
        seizure.seizedOn().ifPresent(date -> {
            if (date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
                errors.add(path + ".seizedOn", FieldErrorCode.IN_THE_FUTURE,
                        "The seizure date is in the future; check the date (Buddhist Era years are 543 ahead).");
            }
        });
        seizure.personsDetained().ifPresent(count -> {
            if (count < 0) {
                errors.add(path + ".personsDetained", FieldErrorCode.OUT_OF_RANGE, "The number of persons detained cannot be negative.");
            }
        });
    }

    private static void checkAttachments(List<Attachment> attachments, Errors errors) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            String path = "attachments[" + i + "]";
            if (errors.requiredLine(path + ".name", attachment.name(), 255, "file name")
                    && (attachment.name().contains("/") || attachment.name().contains("\\"))) {
                errors.add(path + ".name", FieldErrorCode.INVALID_FORMAT, "Give the file name without a folder (no / or \\).");
            }
            if (!MEDIA_TYPE.matcher(attachment.mediaType()).matches()) {
                errors.add(path + ".mediaType", FieldErrorCode.INVALID_FORMAT,
                        "The media type must look like application/pdf or image/jpeg (lower case).");
            }
            if (attachment.size() < 0) {
                errors.add(path + ".size", FieldErrorCode.OUT_OF_RANGE, "The file size cannot be negative.");
            } else if (attachment.size() > MAX_ATTACHMENT_BYTES) {
                errors.add(path + ".size", FieldErrorCode.TOO_LARGE, "The file is " + attachment.size()
                        + " bytes; attachments may be at most 20 MB (" + MAX_ATTACHMENT_BYTES + " bytes) each.");
            }
            if (!SHA256_HEX.matcher(attachment.sha256()).matches()) {
                errors.add(path + ".sha256", FieldErrorCode.INVALID_FORMAT,
                        "The SHA-256 digest must be 64 lower-case hexadecimal digits.");
            }
        }
    }

    private static void checkSource(SourceDocument source, Errors errors) {
        if (errors.required("source.system", source.system(), "name of the national system")) {
            errors.noHiddenCharacters("source.system", source.system(), Allowance.SINGLE_LINE, "name of the national system");
        }
        source.nationalReferences().forEach((key, value) -> {
            if (HiddenCharacters.nothingVisible(key)) {
                errors.add("source.nationalReferences", FieldErrorCode.REQUIRED, "A national reference has an empty name.");
            } else {
                errors.noHiddenCharacters("source.nationalReferences", key, Allowance.SINGLE_LINE, "name of a national reference");
            }
            errors.noHiddenCharacters("source.nationalReferences", value, Allowance.SINGLE_LINE, "national reference");
        });
    }

    private void checkTotalSize(LiaisonMessage message, Errors errors) {
        int size = json.toJsonBytes(message).length;
        if (size > MAX_MESSAGE_JSON_BYTES) {
            errors.add("", FieldErrorCode.TOO_LARGE, "The message is " + size + " bytes without its attachments; at most "
                    + MAX_MESSAGE_JSON_BYTES + " bytes (256 KiB) are allowed. Move long text into an attachment.");
        }
    }

    /** Collects errors and holds the checks shared by many fields. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String path, FieldErrorCode code, String message) {
            list.add(new FieldError(path, code, message));
        }

        List<FieldError> list() {
            return List.copyOf(list);
        }

        /**
         * Reports a value with nothing visible in it (empty, or only whitespace, controls and invisible formatting
         * characters); true when the value is present, so that further checks may run.
         */
        boolean required(String path, String value, String what) {
            if (HiddenCharacters.nothingVisible(value)) {
                add(path, FieldErrorCode.REQUIRED, "Fill in the " + what + ".");
                return false;
            }
            return true;
        }

        /** A required name, identifier or subject: present, free of hidden characters and within the limit. */
        boolean requiredLine(String path, String value, int max, String what) {
            return required(path, value, what) && line(path, value, max, what);
        }

        /** An optional one-line text: free of hidden characters and within the limit. */
        boolean line(String path, String value, int max, String what) {
            return noHiddenCharacters(path, value, Allowance.SINGLE_LINE, what) && maxCharacters(path, value, max, what);
        }

        /** Reports the first control or bidi character the field may not hold, naming it and where it is. */
        boolean noHiddenCharacters(String path, String value, Allowance allowance, String what) {
            Optional<HiddenCharacters.Found> found = HiddenCharacters.first(value, allowance);
            found.ifPresent(character -> add(path, FieldErrorCode.CONTROL_CHARACTER,
                    "The " + what + " contains " + character.describe() + ": remove it."));
            return found.isEmpty();
        }

        /** Counts Unicode characters (code points), not UTF-16 units; true when within the limit. */
        boolean maxCharacters(String path, String value, int max, String what) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                add(path, FieldErrorCode.TOO_LONG, "The " + what + " has " + length + " characters; shorten it to at most " + max + ".");
                return false;
            }
            return true;
        }

        void ulid(String path, String value, String what) {
            if (required(path, value, what) && noHiddenCharacters(path, value, Allowance.SINGLE_LINE, what)
                    && !MessageIds.isUlid(value)) {
                add(path, FieldErrorCode.INVALID_FORMAT, "The " + what + " must be a ULID: 26 characters, digits and capital letters.");
            }
        }

        void officeId(String path, String value, String what) {
            if (required(path, value, what) && noHiddenCharacters(path, value, Allowance.SINGLE_LINE, what)
                    && !OFFICE_ID.matcher(value).matches()) {
                add(path, FieldErrorCode.INVALID_FORMAT, "The " + what
                        + " must be an office id: country code, hyphen, 2 to 20 capitals or digits, e.g. TH-MAESAI.");
            }
        }

        void country(String path, String value, String what) {
            if (!COUNTRY_ALPHA3.matcher(value).matches()) {
                add(path, FieldErrorCode.INVALID_FORMAT, "The " + what
                        + " must be an ISO 3166-1 alpha-3 country code in capitals, e.g. THA, LAO, KHM, MMR, VNM.");
            }
        }
    }
}
