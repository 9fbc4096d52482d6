package org.blohub.hub.registry;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.blohub.crypto.note.NoteException;
import org.blohub.crypto.note.NoteVerifierKey;
import org.blohub.crypto.note.SignatureType;

/**
 * Turns the bytes of a registry file into a {@link NetworkRegistry} (published form) or checks a
 * template, reporting every problem with its line and field. See docs/registry.md for the format.
 */
final class RegistryParser {

    private static final Pattern OFFICE_ID = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{2,20}$");
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern NODE_NAME = Pattern.compile("^[A-Z]{2}(-[A-Z0-9]{1,20})?$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern AGREEMENT_ID = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,40}$");
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\\S.{0,119}$");
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.:\\-\\[\\]]{1,253}$");
    private static final Pattern SERIAL = Pattern.compile("^[1-9]\\d{0,17}$");
    private static final Pattern VERIFIER_KEY = Pattern.compile("^[!-*,-~]+\\+[0-9a-f]{8}\\+[A-Za-z0-9+/=]+$");
    private static final Pattern INSTANT = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.+Z$");
    private static final Pattern REPLY_LIMIT = Pattern.compile("^[1-9]\\d{0,3}[mhd]$");
    private static final List<String> AGREEMENT_FIELDS =
            List.of("id", "from", "to", "direction", "kinds", "upToHandlingCode", "replyBy");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final List<String> OPERATION_GROUP_FIELDS =
            List.of("id", "name", "owner", "members", "from", "until");
    private static final List<String> PRIORITIES = Arrays.stream(Priority.values()).map(Enum::name).toList();
    private static final List<String> BROKER_FIELDS = List.of("host", "port");
    private static final List<String> AUTHORITY_FIELDS = List.of("country", "certificate");

    private final RegistryForm form;
    private final List<X509Certificate> trustRoots;
    private final RegistryProblems problems = new RegistryProblems();

    private final Map<String, X509Certificate> authorities = new LinkedHashMap<>();
    private final Map<String, NodeEntry> nodes = new LinkedHashMap<>();
    private final Map<String, YamlNode> officeIds = new HashMap<>();
    private final Map<String, String> templateOffices = new LinkedHashMap<>();
    private final List<Office> offices = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<OperationGroup> operationGroups = new ArrayList<>();

    private record NodeEntry(String country, Optional<NetworkNode> node) {
    }

    /** @param trustRoots roots that must have issued the national CA certificates (published form only) */
    private RegistryParser(RegistryForm form, List<X509Certificate> trustRoots) {
        this.form = form;
        this.trustRoots = List.copyOf(trustRoots);
    }

    static NetworkRegistry parsePublished(Path file, byte[] yaml, List<X509Certificate> trustRoots)
            throws RegistryException {
        RegistryParser parser = new RegistryParser(RegistryForm.PUBLISHED, trustRoots);
        Optional<ParsedTop> top = parser.parse(yaml);
        parser.problems.throwIfAny(file);
        ParsedTop parsed = top.orElseThrow();
        return new NetworkRegistry(parsed.serial().orElseThrow(), parsed.issuedAt().orElseThrow(), parsed.domain(),
                parser.nodes.values().stream().map(entry -> entry.node().orElseThrow()).toList(),
                parser.offices, parser.agreements, parser.authorities, parser.operationGroups);
    }

    /** Checks a template and returns the node names with their countries and the office ids with their nodes. */
    static NetworkOutline parseTemplate(Path file, byte[] yaml) throws RegistryException {
        RegistryParser parser = new RegistryParser(RegistryForm.TEMPLATE, List.of());
        parser.parse(yaml);
        parser.problems.throwIfAny(file);
        Map<String, String> nodeCountries = new LinkedHashMap<>();
        parser.nodes.forEach((name, entry) -> nodeCountries.put(name, entry.country()));
        return new NetworkOutline(nodeCountries, parser.templateOffices);
    }

    private String domain = "";

    private record ParsedTop(String domain, Optional<Long> serial, Optional<Instant> issuedAt) {
    }

    private Optional<ParsedTop> parse(byte[] yaml) {
        Optional<YamlNode> root = new LocatedYamlReader(problems).read(yaml);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<MappingFields> top = MappingFields.of(root.get(), form.topLevelFields(), problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> domain = top.get().text("domain", DOMAIN, "a lower-case DNS domain like blo.mekong.example");
        domain.ifPresent(name -> this.domain = name);
        boolean published = form == RegistryForm.PUBLISHED;
        Optional<Long> serial = published
                ? top.get().text("serial", SERIAL, "a positive whole number").map(Long::parseLong)
                : Optional.empty();
        Optional<Instant> issuedAt = published
                ? top.get().required("issuedAt").flatMap(this::instant)
                : Optional.empty();
        if (published) {
            top.get().list("certificateAuthorities").ifPresent(items -> items.forEach(this::authority));
        }
        top.get().list("nodes").ifPresent(items -> items.forEach(this::node));
        top.get().list("offices").ifPresent(items -> items.forEach(this::office));
        top.get().list("agreements").ifPresent(items -> items.forEach(this::agreement));
        if (top.get().mapping().entries().containsKey("operationGroups")) {
            top.get().list("operationGroups").ifPresent(items -> items.forEach(this::operationGroup));
        }
        return domain.map(name -> new ParsedTop(name, serial, issuedAt));
    }

    private Optional<Instant> instant(YamlNode node) {
        return MappingFields.text(node, INSTANT, "a UTC time like 2026-11-28T09:00:00Z", problems).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                problems.at(node, "'" + text + "' is not a UTC time like 2026-11-28T09:00:00Z");
                return Optional.empty();
            }
        });
    }

    private void authority(YamlNode item) {
        MappingFields.of(item, AUTHORITY_FIELDS, problems).ifPresent(fields -> {
            Optional<String> country = fields.text("country", COUNTRY, "a two-letter country code");
            Optional<X509Certificate> certificate = fields.certificate("certificate");
            if (country.isEmpty() || certificate.isEmpty()) {
                return;
            }
            if (authorities.containsKey(country.get())) {
                problems.at(fields.mapping().entries().get("country"),
                        "national CA of " + country.get() + " is listed twice");
                return;
            }
            YamlNode certificateNode = fields.mapping().entries().get("certificate");
            if (!CertificateRules.isCertificateAuthority(certificate.get())) {
                problems.at(certificateNode, "certificate is not a CA certificate");
            } else if (trustRoots.stream().noneMatch(root -> CertificateRules.isIssuedBy(certificate.get(), root))) {
                problems.at(certificateNode, "national CA certificate of " + country.get()
                        + " is not issued by the regional root this node trusts");
            }
            authorities.put(country.get(), certificate.get());
        });
    }

    private void node(YamlNode item) {
        MappingFields.of(item, form.nodeFields(), problems).ifPresent(fields -> {
            Optional<String> name = fields.text("name", NODE_NAME, "a node name like TH or TH-BKK");
            Optional<String> country = fields.text("country", COUNTRY, "a two-letter country code");
            Optional<String> displayName = fields.text("displayName", DISPLAY_NAME, "a display name");
            Optional<BrokerEndpoint> broker = fields.required("broker").flatMap(this::broker);
            Optional<Integer> httpPort = fields.port("httpPort");
            Optional<X509Certificate> tls = Optional.empty();
            Optional<NodeAuditKeys> auditKeys = Optional.empty();
            if (form == RegistryForm.PUBLISHED && name.isPresent()) {
                Optional<NoteVerifierKey> logKey = verifierKey(fields, "auditLogKey",
                        NodeAuditKeys.logKeyName(domain, name.get()), SignatureType.ED25519);
                Optional<NoteVerifierKey> witnessKey = verifierKey(fields, "auditWitnessKey",
                        NodeAuditKeys.witnessKeyName(domain, name.get()), SignatureType.ED25519_COSIGNATURE);
                if (logKey.isPresent() && witnessKey.isPresent()) {
                    auditKeys = Optional.of(new NodeAuditKeys(logKey.get(), witnessKey.get()));
                }
            }
            if (form == RegistryForm.PUBLISHED) {
                tls = fields.certificate("tlsCertificate");
                if (tls.isPresent() && country.isPresent()) {
                    checkIssuedByNationalCa(tls.get(), country.get(), fields, "tlsCertificate");
                }
                if (country.isPresent() && !authorities.containsKey(country.get())) {
                    problems.at(fields.mapping().entries().get("country"),
                            "no national CA certificate for " + country.get() + " in certificateAuthorities");
                }
            }
            if (name.isEmpty() || country.isEmpty()) {
                return;
            }
            if (nodes.containsKey(name.get())) {
                problems.at(fields.mapping().entries().get("name"), "node '" + name.get() + "' is declared twice");
                return;
            }
            Optional<NetworkNode> node = Optional.empty();
            if (displayName.isPresent() && broker.isPresent() && httpPort.isPresent() && tls.isPresent()
                    && auditKeys.isPresent()) {
                node = Optional.of(new NetworkNode(name.get(), country.get(), displayName.get(), broker.get(),
                        httpPort.get(), tls.get(), auditKeys.get()));
            }
            nodes.put(name.get(), new NodeEntry(country.get(), node));
        });
    }

    /** A C2SP verifier key of the given signature type whose key name is the one the node must use. */
    private Optional<NoteVerifierKey> verifierKey(MappingFields fields, String field, String expectedName,
            SignatureType type) {
        return fields.text(field, VERIFIER_KEY, "a signed-note verifier key like " + expectedName + "+1a2b3c4d+AQ…")
                .flatMap(text -> {
                    YamlNode value = fields.mapping().entries().get(field);
                    NoteVerifierKey key;
                    try {
                        key = NoteVerifierKey.parse(text);
                    } catch (NoteException e) {
                        problems.at(value, field + " is not a valid verifier key: " + e.getMessage());
                        return Optional.empty();
                    }
                    if (!key.name().equals(expectedName)) {
                        problems.at(value, field + " is named " + key.name() + ", not " + expectedName);
                        return Optional.empty();
                    }
                    if (key.type() != type) {
                        problems.at(value, field + " has signature type " + key.type() + ", not " + type);
                        return Optional.empty();
                    }
                    return Optional.of(key);
                });
    }

    private Optional<BrokerEndpoint> broker(YamlNode node) {
        return MappingFields.of(node, BROKER_FIELDS, problems).flatMap(fields -> {
            Optional<String> host = fields.text("host", HOST, "a host name or IP address");
            Optional<Integer> port = fields.port("port");
            if (host.isEmpty() || port.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new BrokerEndpoint(host.get(), port.get()));
        });
    }

    private void office(YamlNode item) {
        MappingFields.of(item, form.officeFields(), problems).ifPresent(fields -> {
            Optional<String> id = fields.text("id", OFFICE_ID, "an office id like TH-MAESAI (^[A-Z]{2}-[A-Z0-9]{2,20}$)");
            Optional<String> nodeName = fields.required("node").flatMap(this::declaredNode);
            Optional<String> displayName = fields.text("displayName", DISPLAY_NAME, "a display name");
            Optional<X509Certificate> signing = Optional.empty();
            Optional<X509Certificate> encryption = Optional.empty();
            if (form == RegistryForm.PUBLISHED) {
                signing = fields.certificate("signingCertificate");
                encryption = fields.certificate("encryptionCertificate");
            }
            if (id.isEmpty()) {
                return;
            }
            YamlNode idNode = fields.mapping().entries().get("id");
            if (officeIds.containsKey(id.get())) {
                problems.at(idNode, "office '" + id.get() + "' is declared twice (first on line "
                        + officeIds.get(id.get()).line() + ")");
                return;
            }
            officeIds.put(id.get(), idNode);
            String country = id.get().substring(0, 2);
            nodeName.ifPresent(name -> {
                String nodeCountry = nodes.get(name).country();
                if (!nodeCountry.equals(country)) {
                    problems.at(fields.mapping().entries().get("node"), "office '" + id.get() + "' of country "
                            + country + " cannot be hosted by node '" + name + "' of country " + nodeCountry);
                }
            });
            signing.ifPresent(certificate -> {
                checkIssuedByNationalCa(certificate, country, fields, "signingCertificate");
                if (!CertificateRules.allowsSigning(certificate)) {
                    problems.at(fields.mapping().entries().get("signingCertificate"),
                            "certificate key usage does not allow signing (digitalSignature or nonRepudiation)");
                }
            });
            encryption.ifPresent(certificate -> {
                checkIssuedByNationalCa(certificate, country, fields, "encryptionCertificate");
                if (!CertificateRules.allowsKeyEstablishment(certificate)) {
                    problems.at(fields.mapping().entries().get("encryptionCertificate"),
                            "certificate key usage does not allow encryption (keyAgreement or keyEncipherment)");
                }
            });
            Optional<CryptoProfile> profile = Optional.of(CryptoProfile.CLASSIC);
            if (fields.mapping().entries().containsKey("cryptoProfile")) {
                profile = fields.choice("cryptoProfile", CryptoProfile.class);
            }
            if (profile.isPresent() && signing.isPresent() && encryption.isPresent()) {
                profile.get().mismatch(signing.get(), encryption.get()).ifPresent(mismatch -> problems.at(
                        fields.mapping().entries().getOrDefault("cryptoProfile", idNode), mismatch));
            }
            nodeName.ifPresent(name -> templateOffices.put(id.get(), name));
            if (nodeName.isPresent() && displayName.isPresent() && signing.isPresent() && encryption.isPresent()) {
                offices.add(new Office(id.get(), nodeName.get(), displayName.get(), signing.get(), encryption.get()));
            }
        });
    }

    private Optional<String> declaredNode(YamlNode node) {
        return MappingFields.text(node, NODE_NAME, "a node name like TH", problems).filter(name -> {
            if (!nodes.containsKey(name)) {
                problems.at(node, "node '" + name + "' is not declared in nodes");
                return false;
            }
            return true;
        });
    }

    private void agreement(YamlNode item) {
        MappingFields.of(item, AGREEMENT_FIELDS, problems).ifPresent(fields -> {
            Optional<String> id = fields.text("id", AGREEMENT_ID, "an agreement id like TH-LA-2026");
            Optional<List<String>> from = fields.list("from").map(this::declaredOffices);
            Optional<List<String>> to = fields.list("to").map(this::declaredOffices);
            Optional<AgreementDirection> direction = fields.choice("direction", AgreementDirection.class);
            Optional<Set<MessageKind>> kinds = fields.list("kinds").map(this::kinds);
            Optional<HandlingCode> ceiling = fields.choice("upToHandlingCode", HandlingCode.class);
            Map<Priority, Duration> replyByLimits = Optional.ofNullable(fields.mapping().entries().get("replyBy"))
                    .map(this::replyByLimits).orElse(Map.of());
            id.filter(name -> agreements.stream().anyMatch(agreement -> agreement.id().equals(name)))
                    .ifPresent(name -> problems.at(fields.mapping().entries().get("id"),
                            "agreement '" + name + "' is declared twice"));
            if (id.isPresent() && from.isPresent() && to.isPresent() && direction.isPresent() && kinds.isPresent()
                    && ceiling.isPresent()) {
                agreements.add(new Agreement(id.get(), from.get(), to.get(), direction.get(), kinds.get(), ceiling.get(),
                        replyByLimits));
            }
        });
    }

    private void operationGroup(YamlNode item) {
        MappingFields.of(item, OPERATION_GROUP_FIELDS, problems).ifPresent(fields -> {
            Optional<String> id = fields.text("id", AGREEMENT_ID, "a group id like MEKONG-JOINT-2026");
            Optional<String> name = fields.text("name", DISPLAY_NAME, "a name of 1 to 120 characters");
            Optional<String> owner = fields.required("owner").flatMap(this::declaredOffice);
            Optional<List<String>> members = fields.list("members").map(this::distinctDeclaredOffices);
            Optional<LocalDate> from = fields.required("from").flatMap(this::date);
            Optional<LocalDate> until = fields.required("until").flatMap(this::date);
            id.filter(groupId -> operationGroups.stream().anyMatch(group -> group.id().equals(groupId)))
                    .ifPresent(groupId -> problems.at(fields.mapping().entries().get("id"),
                            "operation group '" + groupId + "' is declared twice"));
            boolean ownerIsMember = owner.isEmpty() || members.isEmpty() || members.get().contains(owner.get());
            if (!ownerIsMember) {
                problems.at(fields.mapping().entries().get("owner"),
                        "owner '" + owner.get() + "' is not one of the members");
            }
            boolean inOrder = from.isEmpty() || until.isEmpty() || !until.get().isBefore(from.get());
            if (!inOrder) {
                problems.at(fields.mapping().entries().get("until"),
                        "until " + until.get() + " is before from " + from.get());
            }
            if (id.isPresent() && name.isPresent() && owner.isPresent() && members.isPresent() && from.isPresent()
                    && until.isPresent() && ownerIsMember && inOrder) {
                operationGroups.add(new OperationGroup(id.get(), name.get(), owner.get(), members.get(), from.get(),
                        until.get()));
            }
        });
    }

    /** Declared offices, each once; a repeat is reported. */
    private List<String> distinctDeclaredOffices(List<YamlNode> items) {
        List<String> distinct = new ArrayList<>();
        for (YamlNode item : items) {
            declaredOffice(item).ifPresent(office -> {
                if (distinct.contains(office)) {
                    problems.at(item, "office '" + office + "' is listed twice");
                } else {
                    distinct.add(office);
                }
            });
        }
        return distinct;
    }

    private Optional<String> declaredOffice(YamlNode item) {
        return declaredOffices(List.of(item)).stream().findFirst();
    }

    private Optional<LocalDate> date(YamlNode node) {
        return MappingFields.text(node, DATE, "a date like 2026-12-31", problems).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problems.at(node, "'" + text + "' is not a date like 2026-12-31");
                return Optional.empty();
            }
        });
    }

    /** {@code FLASH: 4h}, {@code ROUTINE: 7d}: minutes, hours or days, for some or all priorities. */
    private Map<Priority, Duration> replyByLimits(YamlNode node) {
        Map<Priority, Duration> limits = new EnumMap<>(Priority.class);
        MappingFields.of(node, PRIORITIES, problems).ifPresent(fields -> fields.mapping().entries().forEach(
                (priority, value) -> MappingFields.text(value, REPLY_LIMIT, "a duration like 30m, 8h or 14d", problems)
                        .filter(text -> PRIORITIES.contains(priority))
                        .ifPresent(text -> limits.put(Priority.valueOf(priority), replyLimit(text)))));
        return limits;
    }

    private static Duration replyLimit(String text) {
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** Undeclared offices are reported and left out; the registry then fails as a whole. */
    private List<String> declaredOffices(List<YamlNode> items) {
        List<String> declared = new ArrayList<>();
        for (YamlNode item : items) {
            MappingFields.text(item, OFFICE_ID, "an office id like TH-MAESAI", problems).ifPresent(officeId -> {
                if (officeIds.containsKey(officeId)) {
                    declared.add(officeId);
                } else {
                    problems.at(item, "office '" + officeId + "' is not declared in offices");
                }
            });
        }
        return declared;
    }

    private Set<MessageKind> kinds(List<YamlNode> items) {
        Set<MessageKind> kinds = EnumSet.noneOf(MessageKind.class);
        for (YamlNode item : items) {
            MappingFields.choice(item, MessageKind.class, problems).ifPresent(kind -> {
                if (!kinds.add(kind)) {
                    problems.at(item, "kind " + kind + " is listed twice");
                }
            });
        }
        return kinds;
    }

    private void checkIssuedByNationalCa(X509Certificate certificate, String country, MappingFields fields, String field) {
        Optional<X509Certificate> authority = Optional.ofNullable(authorities.get(country));
        if (authority.isPresent() && !CertificateRules.isIssuedBy(certificate, authority.get())) {
            problems.at(fields.mapping().entries().get(field),
                    "certificate is not issued by the national CA of " + country);
        }
    }
}
