package org.blohub.hub.adapter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.blohub.adapters.canonical.Handling;
import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.channel.SmtpServer;
import org.blohub.adapters.channel.Webhook;
import org.blohub.adapters.spi.DocumentDefaults;
import org.blohub.adapters.spi.NationalFormats;
import org.blohub.hub.registry.LocatedYamlReader;
import org.blohub.hub.registry.RegistryException;
import org.blohub.hub.registry.RegistryProblems;
import org.blohub.hub.registry.YamlNode;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * Reads a node's adapter configuration (format: docs/adapter-channels.md) and checks it completely: every
 * problem is reported with its line and field, and any problem refuses the whole file.
 */
final class AdapterPlanParser {

    static final String DIRECTORY_CHANNEL = "directory";
    static final String WEBHOOK_CHANNEL = "webhook";
    static final String SFTP_CHANNEL = "sftp";
    static final String IMAP_CHANNEL = "imap";
    private static final Set<String> KNOWN_CHANNELS = Set.of(DIRECTORY_CHANNEL, SFTP_CHANNEL, IMAP_CHANNEL, "webhook");
    private static final List<String> OFFICE_FIELDS = List.of("office", "inbound", "outbound");
    private static final List<String> INBOUND_FIELDS =
            List.of("channel", "format", "directory", "poll", "settle", "maxFileSize", "handling", "language");
    private static final List<String> SFTP_FIELDS =
            List.of("host", "port", "user", "passwordFile", "knownHostsFile", "remoteDirectory");
    private static final List<String> IMAP_FIELDS = List.of("channel", "format", "host", "port", "tls", "user",
            "passwordFile", "folder", "poll", "allowedSenders", "handling", "language", "noticeHost", "noticePort",
            "noticeFrom", "noticeUser", "noticePasswordFile");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Duration DEFAULT_MAIL_POLL = Duration.ofMinutes(1);
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final List<String> OUTBOUND_DIRECTORY_FIELDS = List.of("channel", "format", "directory");
    private static final List<String> OUTBOUND_WEBHOOK_FIELDS =
            List.of("channel", "format", "url", "secretFile", "timeout", "attempts", "backoff", "maxBackoff");
    private static final int MIN_SECRET_BYTES = 16;
    private static final Duration DEFAULT_POLL = Duration.ofSeconds(5);
    private static final Duration DEFAULT_SETTLE = Duration.ofSeconds(2);
    private static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofMegabytes(10);

    private final NationalFormats formats;
    private final Predicate<String> hostedOffice;
    private final Path baseDirectory;
    private final RegistryProblems problems = new RegistryProblems();
    private final List<InboundAdapter> inbound = new ArrayList<>();
    private final List<OutboundAdapter> outbound = new ArrayList<>();
    private final List<MailAdapter> mail = new ArrayList<>();

    /**
     * @param hostedOffice  whether this node hosts an office (adapters post for and deliver to those only)
     * @param baseDirectory what relative directories in the file are resolved against
     */
    AdapterPlanParser(NationalFormats formats, Predicate<String> hostedOffice, Path baseDirectory) {
        this.formats = formats;
        this.hostedOffice = hostedOffice;
        this.baseDirectory = baseDirectory;
    }

    AdapterPlan parse(Path file) {
        byte[] yaml;
        try {
            yaml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AdapterConfigurationException(file, "cannot read the file: " + e.getMessage(), e);
        }
        new LocatedYamlReader(problems).read(yaml).ifPresent(this::root);
        try {
            problems.throwIfAny(file);
        } catch (RegistryException e) {
            throw new AdapterConfigurationException(file, e.getMessage(), e);
        }
        return new AdapterPlan(inbound, outbound, mail);
    }

    private void root(YamlNode root) {
        mapping(root, List.of("offices")).ifPresent(fields -> {
            Optional<YamlNode> offices = required(root, fields, "offices");
            offices.flatMap(this::sequence).ifPresent(items -> items.forEach(this::office));
        });
    }

    private void office(YamlNode node) {
        mapping(node, OFFICE_FIELDS).ifPresent(fields -> {
            Optional<String> office = required(node, fields, "office").flatMap(this::text);
            office.filter(id -> !hostedOffice.test(id)).ifPresent(id -> problems.at(fields.get("office"),
                    "office '" + id + "' is not hosted by this node; configure it on the node that hosts it"));
            Optional<String> hosted = office.filter(hostedOffice);
            Optional.ofNullable(fields.get("inbound")).flatMap(this::sequence)
                    .ifPresent(items -> items.forEach(item -> inbound(item, hosted)));
            Optional.ofNullable(fields.get("outbound")).flatMap(this::sequence)
                    .ifPresent(items -> items.forEach(item -> outbound(item, hosted)));
        });
    }

    private void inbound(YamlNode node, Optional<String> office) {
        if (channelIs(node, IMAP_CHANNEL)) {
            mailInbound(node, office);
            return;
        }
        boolean sftp = channelIs(node, SFTP_CHANNEL);
        List<String> allowed = new ArrayList<>(INBOUND_FIELDS);
        if (sftp) {
            allowed.addAll(SFTP_FIELDS);
        }
        mapping(node, allowed).ifPresent(fields -> {
            boolean channel = channel(node, fields, Set.of(DIRECTORY_CHANNEL, SFTP_CHANNEL, IMAP_CHANNEL));
            Optional<String> format = required(node, fields, "format").flatMap(this::text)
                    .filter(id -> known(fields.get("format"), id, formats.inbound(id).isPresent(),
                            String.join(", ", new TreeSet<>(formats.inboundFormatIds()))));
            Optional<Path> directory = required(node, fields, "directory").flatMap(this::directory);
            Duration poll = optional(fields, "poll").flatMap(this::duration).orElse(DEFAULT_POLL);
            Duration settle = optional(fields, "settle").flatMap(this::duration).orElse(DEFAULT_SETTLE);
            DataSize maxFileSize = optional(fields, "maxFileSize").flatMap(this::dataSize).orElse(DEFAULT_MAX_FILE_SIZE);
            Handling handling = optional(fields, "handling").flatMap(this::handling)
                    .orElse(DocumentDefaults.STANDARD.handling());
            String language = optional(fields, "language").flatMap(this::language)
                    .orElse(DocumentDefaults.STANDARD.language());
            Optional<Optional<InboundAdapter.SftpServer>> server = sftp ? sftpServer(node, fields).map(Optional::of)
                    : Optional.of(Optional.empty());
            if (channel && office.isPresent() && format.isPresent() && directory.isPresent() && server.isPresent()) {
                inbound.add(new InboundAdapter(office.get(), format.get(), directory.get(), poll, settle,
                        maxFileSize.toBytes(), new DocumentDefaults(handling, language), server.get()));
            }
        });
    }

    private void mailInbound(YamlNode node, Optional<String> office) {
        mapping(node, IMAP_FIELDS).ifPresent(fields -> {
            Optional<String> format = required(node, fields, "format").flatMap(this::text)
                    .filter(id -> known(fields.get("format"), id, formats.inbound(id).isPresent(),
                            String.join(", ", new TreeSet<>(formats.inboundFormatIds()))));
            Optional<String> host = required(node, fields, "host").flatMap(this::text);
            Optional<Boolean> tls = optional(fields, "tls").map(this::flag).orElse(Optional.of(true));
            Optional<Integer> port = optional(fields, "port").map(value -> number(value, 1, 65535))
                    .orElse(tls.map(imaps -> imaps ? 993 : 143));
            Optional<String> user = required(node, fields, "user").flatMap(this::text);
            Optional<String> password = required(node, fields, "passwordFile").flatMap(this::password);
            String folder = optional(fields, "folder").flatMap(this::text).orElse("INBOX");
            Duration poll = optional(fields, "poll").flatMap(this::duration).orElse(DEFAULT_MAIL_POLL);
            Optional<Set<String>> senders = required(node, fields, "allowedSenders").flatMap(this::mailAddresses);
            Handling handling = optional(fields, "handling").flatMap(this::handling)
                    .orElse(DocumentDefaults.STANDARD.handling());
            String language = optional(fields, "language").flatMap(this::language)
                    .orElse(DocumentDefaults.STANDARD.language());
            Optional<Optional<SmtpServer>> notices = optional(fields, "noticeHost").isPresent()
                    ? noticeServer(node, fields).map(Optional::of) : withoutNotices(fields);
            if (office.isPresent() && format.isPresent() && host.isPresent() && tls.isPresent() && port.isPresent()
                    && user.isPresent() && password.isPresent() && senders.isPresent() && notices.isPresent()) {
                mail.add(new MailAdapter(office.get(), format.get(), new MailAdapter.MailServer(host.get(), port.get(),
                        tls.get(), user.get(), password.get(), folder), poll, senders.get(),
                        new DocumentDefaults(handling, language), notices.get()));
            }
        });
    }

    private Optional<SmtpServer> noticeServer(YamlNode node, Map<String, YamlNode> fields) {
        Optional<String> host = required(node, fields, "noticeHost").flatMap(this::text);
        Optional<Integer> port = optional(fields, "noticePort").map(value -> number(value, 1, 65535))
                .orElse(Optional.of(25));
        Optional<String> from = required(node, fields, "noticeFrom").flatMap(this::text)
                .filter(text -> MAIL_ADDRESS.matcher(text).matches() || notAddress(fields.get("noticeFrom")));
        Optional<String> user = optional(fields, "noticeUser").flatMap(this::text);
        Optional<String> password = optional(fields, "noticePasswordFile").flatMap(this::password);
        if (user.isPresent() && password.isEmpty() && !fields.containsKey("noticePasswordFile")) {
            required(node, fields, "noticePasswordFile");
            return Optional.empty();
        }
        if (host.isEmpty() || port.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SmtpServer(host.get(), port.get(), from.get(), user, password));
    }

    private Optional<Optional<SmtpServer>> withoutNotices(Map<String, YamlNode> fields) {
        List<String> strays = List.of("noticePort", "noticeFrom", "noticeUser", "noticePasswordFile").stream()
                .filter(fields::containsKey).toList();
        strays.forEach(name -> problems.at(fields.get(name), "'" + name + "' needs 'noticeHost', the SMTP server "
                + "notices are sent through"));
        return strays.isEmpty() ? Optional.of(Optional.empty()) : Optional.empty();
    }

    private boolean notAddress(YamlNode node) {
        problems.at(node, "not a mail address; write it without a display name, e.g. blo@node.example");
        return false;
    }

    private Optional<Boolean> flag(YamlNode node) {
        return text(node).flatMap(text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.at(node, "write true or false, not '" + text + "'");
                yield Optional.empty();
            }
        });
    }

    /** The allowed sender addresses: a non-empty list, each a plain address such as duty@tachileik.example. */
    private Optional<Set<String>> mailAddresses(YamlNode node) {
        return sequence(node).flatMap(items -> {
            if (items.isEmpty()) {
                problems.at(node, "name at least one sender address; mails from any other address are refused");
                return Optional.empty();
            }
            Set<String> addresses = new TreeSet<>();
            boolean valid = true;
            for (YamlNode item : items) {
                Optional<String> address = text(item).filter(text -> MAIL_ADDRESS.matcher(text).matches());
                if (address.isEmpty()) {
                    problems.at(item, "not a mail address; write it without a display name, e.g. duty@office.example");
                    valid = false;
                } else {
                    addresses.add(address.get().toLowerCase(Locale.ROOT));
                }
            }
            return valid ? Optional.of(addresses) : Optional.empty();
        });
    }

    private Optional<InboundAdapter.SftpServer> sftpServer(YamlNode node, Map<String, YamlNode> fields) {
        Optional<String> host = required(node, fields, "host").flatMap(this::text);
        int port = optional(fields, "port").flatMap(value -> number(value, 1, 65535)).orElse(22);
        Optional<String> user = required(node, fields, "user").flatMap(this::text);
        Optional<String> password = required(node, fields, "passwordFile").flatMap(this::password);
        Optional<Path> knownHosts = required(node, fields, "knownHostsFile").flatMap(this::readableFile);
        Optional<String> remote = required(node, fields, "remoteDirectory").flatMap(this::text);
        if (host.isEmpty() || user.isEmpty() || password.isEmpty() || knownHosts.isEmpty() || remote.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InboundAdapter.SftpServer(host.get(), port, user.get(), password.get(), knownHosts.get(),
                remote.get()));
    }

    private Optional<String> password(YamlNode node) {
        return readableFile(node).flatMap(file -> {
            try {
                String password = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
                if (password.isEmpty() || password.contains(")")) {
                    problems.at(node, "the password in " + file + " is empty or contains ')'");
                    return Optional.empty();
                }
                return Optional.of(password);
            } catch (IOException e) {
                problems.at(node, "cannot read the password file " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<Path> readableFile(YamlNode node) {
        return directory(node).filter(file -> {
            boolean readable = Files.isRegularFile(file) && Files.isReadable(file);
            if (!readable) {
                problems.at(node, "no readable file " + file);
            }
            return readable;
        });
    }

    private Optional<Integer> number(YamlNode node, int lowest, int highest) {
        return text(node).flatMap(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= lowest && value <= highest) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.at(node, "not a number from " + lowest + " to " + highest + ": '" + text + "'");
            return Optional.empty();
        });
    }

    private static boolean channelIs(YamlNode node, String name) {
        return node instanceof YamlNode.Mapping mapping && Optional.ofNullable(mapping.entries().get("channel"))
                .filter(channel -> channel instanceof YamlNode.Scalar scalar
                        && scalar.text().filter(name::equals).isPresent())
                .isPresent();
    }

    private void outbound(YamlNode node, Optional<String> office) {
        boolean webhook = channelIs(node, WEBHOOK_CHANNEL);
        mapping(node, webhook ? OUTBOUND_WEBHOOK_FIELDS : OUTBOUND_DIRECTORY_FIELDS).ifPresent(fields -> {
            boolean channel = channel(node, fields, Set.of(DIRECTORY_CHANNEL, WEBHOOK_CHANNEL));
            Optional<String> format = required(node, fields, "format").flatMap(this::text)
                    .filter(id -> known(fields.get("format"), id, formats.outbound(id).isPresent(),
                            String.join(", ", new TreeSet<>(formats.outboundFormatIds()))));
            Optional<OutboundChannel> target = webhook ? webhook(node, fields)
                    : required(node, fields, "directory").flatMap(this::directory).map(OutboundChannel.Directory::new);
            if (channel && office.isPresent() && format.isPresent() && target.isPresent()) {
                outbound.add(new OutboundAdapter(office.get(), format.get(), target.get()));
            }
        });
    }

    private Optional<OutboundChannel> webhook(YamlNode node, Map<String, YamlNode> fields) {
        Optional<URI> url = required(node, fields, "url").flatMap(this::url);
        Optional<byte[]> secret = required(node, fields, "secretFile").flatMap(this::secret);
        Duration timeout = optional(fields, "timeout").flatMap(this::duration).orElse(Duration.ofSeconds(10));
        int attempts = optional(fields, "attempts").flatMap(value -> number(value, 1, 20)).orElse(5);
        Duration backoff = optional(fields, "backoff").flatMap(this::duration).orElse(Duration.ofSeconds(1));
        Duration maxBackoff = optional(fields, "maxBackoff").flatMap(this::duration).orElse(Duration.ofMinutes(1));
        if (url.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OutboundChannel.WebhookCall(
                new Webhook.Settings(url.get(), secret.get(), timeout, attempts, backoff, maxBackoff)));
    }

    private Optional<URI> url(YamlNode node) {
        return text(node).flatMap(text -> {
            try {
                URI uri = new URI(text);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.at(node, "not an http(s) URL: '" + text + "'");
            return Optional.empty();
        });
    }

    /** The shared secret, from its own file so that the configuration holds none; a trailing line end is ignored. */
    private Optional<byte[]> secret(YamlNode node) {
        return directory(node).flatMap(file -> {
            try {
                String secret = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
                if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                    problems.at(node, "the secret in " + file + " is shorter than " + MIN_SECRET_BYTES + " bytes");
                    return Optional.empty();
                }
                return Optional.of(secret.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.at(node, "cannot read the secret file " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** A channel this version runs where the adapter is written; the other known names are refused clearly. */
    private boolean channel(YamlNode node, Map<String, YamlNode> fields, Set<String> available) {
        Optional<String> channel = required(node, fields, "channel").flatMap(this::text);
        if (channel.isEmpty()) {
            return false;
        }
        String choices = String.join(", ", new TreeSet<>(available));
        if (!KNOWN_CHANNELS.contains(channel.get())) {
            problems.at(fields.get("channel"), "unknown channel '" + channel.get() + "'; available here: " + choices);
            return false;
        }
        if (!available.contains(channel.get())) {
            problems.at(fields.get("channel"), "channel '" + channel.get()
                    + "' is not available here in this version of BLO Hub; available here: " + choices);
            return false;
        }
        return true;
    }

    private boolean known(YamlNode node, String formatId, boolean known, String available) {
        if (!known) {
            problems.at(node, "unknown format '" + formatId + "'; available on this node: "
                    + (available.isEmpty() ? "(none)" : available));
        }
        return known;
    }

    private Optional<Map<String, YamlNode>> mapping(YamlNode node, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            problems.at(node, "expected a mapping, found " + node.description());
            return Optional.empty();
        }
        mapping.entries().forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problems.at(value, "unknown field '" + key + "'; allowed here: " + String.join(", ", allowed));
            }
        });
        return Optional.of(mapping.entries());
    }

    private Optional<List<YamlNode>> sequence(YamlNode node) {
        if (node instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence.items());
        }
        problems.at(node, "expected a list, found " + node.description());
        return Optional.empty();
    }

    private Optional<YamlNode> required(YamlNode parent, Map<String, YamlNode> fields, String name) {
        YamlNode value = fields.get(name);
        if (value == null) {
            String path = parent.path().isEmpty() ? name : parent.path() + "." + name;
            problems.add(parent.line(), path, "missing field '" + name + "'");
        }
        return Optional.ofNullable(value);
    }

    private static Optional<YamlNode> optional(Map<String, YamlNode> fields, String name) {
        return Optional.ofNullable(fields.get(name));
    }

    private Optional<String> text(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text().filter(text -> !text.isBlank()).isPresent()) {
            return scalar.text().map(String::strip);
        }
        problems.at(node, "expected a value, found " + node.description());
        return Optional.empty();
    }

    private Optional<Path> directory(YamlNode node) {
        return text(node).flatMap(text -> {
            try {
                return Optional.of(baseDirectory.resolve(text).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                problems.at(node, "not a valid directory path: " + e.getReason());
                return Optional.empty();
            }
        });
    }

    /** H3 needs its restriction text, which a channel default cannot carry: such documents must state it. */
    private Optional<Handling> handling(YamlNode node) {
        return text(node).flatMap(text -> switch (text) {
            case "H0" -> Optional.of(Handling.of(HandlingCode.H0));
            case "H1" -> Optional.of(Handling.of(HandlingCode.H1));
            case "H2" -> Optional.of(Handling.of(HandlingCode.H2));
            default -> {
                problems.at(node, "'" + text + "' cannot be a channel default; write H0, H1 or H2");
                yield Optional.empty();
            }
        });
    }

    private Optional<String> language(YamlNode node) {
        return text(node).filter(text -> {
            boolean valid = LANGUAGE.matcher(text).matches();
            if (!valid) {
                problems.at(node, "not a language tag: '" + text + "'; write e.g. lo, th or en");
            }
            return valid;
        });
    }

    private Optional<Duration> duration(YamlNode node) {
        return text(node).flatMap(text -> {
            try {
                Duration duration = DurationStyle.detectAndParse(text);
                if (duration.isNegative() || duration.isZero()) {
                    problems.at(node, "must be longer than zero, e.g. 5s");
                    return Optional.empty();
                }
                return Optional.of(duration);
            } catch (IllegalArgumentException e) {
                problems.at(node, "not a duration: '" + text + "'; write e.g. 5s, 2m or 1h");
                return Optional.empty();
            }
        });
    }

    private Optional<DataSize> dataSize(YamlNode node) {
        return text(node).flatMap(text -> {
            try {
                DataSize size = DataSize.parse(text);
                if (size.toBytes() < 1) {
                    problems.at(node, "must be at least 1 byte, e.g. 10MB");
                    return Optional.empty();
                }
                return Optional.of(size);
            } catch (IllegalArgumentException e) {
                problems.at(node, "not a size: '" + text + "'; write e.g. 512KB or 10MB");
                return Optional.empty();
            }
        });
    }
}
