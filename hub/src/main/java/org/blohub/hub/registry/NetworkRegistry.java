package org.blohub.hub.registry;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The network registry a node loaded: the domain, nodes, offices with their certificates, the
 * national CA certificates, the agreements and the operation groups. Built by {@link RegistryLoader} from a
 * signed {@code registry.yaml}; what one instance was built with never changes.
 *
 * <p>The instance a node runs on answers from the newest registry it {@linkplain #adopt adopted}
 * while running ({@link RegistryRefresh}), so every class holding it follows a published registry
 * without a restart. Each call reads one registry whole: a decision never mixes two of them.
 */
public final class NetworkRegistry {

    private final long serial;
    private final Instant issuedAt;
    private final String domain;
    private final Map<String, NetworkNode> nodes;
    private final Map<String, Office> offices;
    private final List<Agreement> agreements;
    private final Map<String, X509Certificate> nationalCertificateAuthorities;
    private final Map<String, OperationGroup> operationGroups;
    private volatile NetworkRegistry current = this;

    /**
     * @throws IllegalArgumentException if names repeat or an office or agreement refers to
     *                                  something not declared
     */
    public NetworkRegistry(long serial, Instant issuedAt, String domain, List<NetworkNode> nodes,
            List<Office> offices, List<Agreement> agreements,
            Map<String, X509Certificate> nationalCertificateAuthorities) {
        this(serial, issuedAt, domain, nodes, offices, agreements, nationalCertificateAuthorities, List.of());
    }

    /**
     * @throws IllegalArgumentException if names repeat or an office, agreement or operation group refers to
     *                                  something not declared
     */
    public NetworkRegistry(long serial, Instant issuedAt, String domain, List<NetworkNode> nodes,
            List<Office> offices, List<Agreement> agreements,
            Map<String, X509Certificate> nationalCertificateAuthorities, List<OperationGroup> operationGroups) {
        this.serial = serial;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.nodes = byKey(nodes, NetworkNode::name, "node");
        this.offices = byKey(offices, Office::id, "office");
        this.agreements = List.copyOf(agreements);
        this.nationalCertificateAuthorities = Map.copyOf(nationalCertificateAuthorities);
        this.operationGroups = byKey(operationGroups, OperationGroup::id, "operation group");
        checkReferences();
    }

    private NetworkRegistry(NetworkRegistry contents) {
        this.serial = contents.serial;
        this.issuedAt = contents.issuedAt;
        this.domain = contents.domain;
        this.nodes = contents.nodes;
        this.offices = contents.offices;
        this.agreements = contents.agreements;
        this.nationalCertificateAuthorities = contents.nationalCertificateAuthorities;
        this.operationGroups = contents.operationGroups;
    }

    /** Increases with every published registry, so a node can refuse an older one. */
    public long serial() {
        return current.serial;
    }

    public Instant issuedAt() {
        return current.issuedAt;
    }

    /** The registry domain, e.g. {@code blo.mekong.example}. */
    public String domain() {
        return current.domain;
    }

    /** Nodes in the order the registry lists them. */
    public List<NetworkNode> nodes() {
        return List.copyOf(current.nodes.values());
    }

    /** Offices in the order the registry lists them. */
    public List<Office> offices() {
        return List.copyOf(current.offices.values());
    }

    public List<Agreement> agreements() {
        return current.agreements;
    }

    public Optional<NetworkNode> node(String name) {
        return Optional.ofNullable(current.nodes.get(name));
    }

    public Optional<Office> office(String officeId) {
        return Optional.ofNullable(current.offices.get(officeId));
    }

    /** The node that hosts the office, empty if the office is unknown. */
    public Optional<NetworkNode> nodeOf(String officeId) {
        NetworkRegistry now = current;
        return now.office(officeId).map(office -> now.nodes.get(office.node()));
    }

    /** The offices a node hosts, in registry order; empty for an unknown node. */
    public List<Office> officesOf(String nodeName) {
        return current.offices.values().stream().filter(office -> office.node().equals(nodeName)).toList();
    }

    /** The national CA certificate of a country, e.g. {@code TH}. */
    public Optional<X509Certificate> nationalCertificateAuthority(String country) {
        return Optional.ofNullable(current.nationalCertificateAuthorities.get(country));
    }

    public Map<String, X509Certificate> nationalCertificateAuthorities() {
        return current.nationalCertificateAuthorities;
    }

    /** The operation group with this id, e.g. {@code MEKONG-JOINT-2026}. */
    public Optional<OperationGroup> operationGroup(String groupId) {
        return Optional.ofNullable(current.operationGroups.get(groupId));
    }

    /** The operation groups the office is a member of, in registry order. */
    public List<OperationGroup> operationGroupsOf(String officeId) {
        return current.operationGroups.values().stream().filter(group -> group.hasMember(officeId)).toList();
    }

    /**
     * May {@code fromOffice} send a message of this kind and handling code to {@code toOffice}?
     * Allowed when some agreement covers the pair in that direction, lists the kind and allows the
     * handling code. A {@link MessageKind#RECEIPT} is also allowed back along any agreement that
     * lets the recipient send to the sender, within that agreement's handling code.
     */
    public AuthorizationDecision authorize(String fromOffice, String toOffice, MessageKind kind,
            HandlingCode handlingCode) {
        return current.authorizeByThis(fromOffice, toOffice, kind, handlingCode);
    }

    private AuthorizationDecision authorizeByThis(String fromOffice, String toOffice, MessageKind kind,
            HandlingCode handlingCode) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handlingCode, "handlingCode");
        for (String officeId : List.of(fromOffice, toOffice)) {
            if (!offices.containsKey(officeId)) {
                return AuthorizationDecision.refuse("unknown office " + officeId);
            }
        }
        List<Agreement> coveringPair = agreements.stream()
                .filter(agreement -> agreement.covers(fromOffice, toOffice))
                .toList();
        List<Agreement> coveringKind = Stream.concat(
                        coveringPair.stream().filter(agreement -> agreement.kinds().contains(kind)),
                        receiptsBack(fromOffice, toOffice, kind))
                .toList();
        Optional<Agreement> allowing = coveringKind.stream()
                .filter(agreement -> handlingCode.isAtMost(agreement.upToHandlingCode()))
                .findFirst();
        if (allowing.isPresent()) {
            return AuthorizationDecision.allow(fromOffice + " may send " + kind + " to " + toOffice
                    + " up to handling code " + allowing.get().upToHandlingCode()
                    + " (agreement " + allowing.get().id() + "); message has " + handlingCode, allowing.get().id());
        }
        Optional<Agreement> closest = coveringKind.stream()
                .max(Comparator.comparing(Agreement::upToHandlingCode));
        if (closest.isPresent()) {
            return AuthorizationDecision.refuse(fromOffice + " may send " + kind + " to " + toOffice
                    + " only up to handling code " + closest.get().upToHandlingCode()
                    + " (agreement " + closest.get().id() + "); message has " + handlingCode, closest.get().id());
        }
        String refusal = "no agreement allows " + fromOffice + " to send " + kind + " to " + toOffice;
        if (!coveringPair.isEmpty()) {
            Agreement nearest = coveringPair.get(0);
            return AuthorizationDecision.refuse(refusal + " (agreement " + nearest.id() + " allows only "
                    + kindsOf(nearest) + ")", nearest.id());
        }
        Optional<Agreement> otherWay = agreements.stream()
                .filter(agreement -> agreement.covers(toOffice, fromOffice))
                .findFirst();
        if (otherWay.isPresent()) {
            return AuthorizationDecision.refuse(refusal + " (agreement " + otherWay.get().id()
                    + " allows only " + toOffice + " to send to " + fromOffice + ")", otherWay.get().id());
        }
        return AuthorizationDecision.refuse(refusal);
    }

    /**
     * The reply limit for a REQUEST of this priority from {@code fromOffice} to {@code toOffice}: the shortest that
     * an agreement letting the pair exchange REQUESTs sets. Empty where none sets one: the node's own limit applies.
     */
    public Optional<AgreedReplyLimit> replyByLimit(String fromOffice, String toOffice, Priority priority) {
        return current.agreements.stream()
                .filter(agreement -> agreement.covers(fromOffice, toOffice) && agreement.kinds().contains(MessageKind.REQUEST))
                .flatMap(agreement -> agreement.replyByLimit(priority).stream()
                        .map(limit -> new AgreedReplyLimit(agreement.id(), limit)))
                .min(Comparator.comparing(AgreedReplyLimit::limit));
    }

    /**
     * From now on, this instance answers from {@code newer}. Only {@link RegistryRefresh} calls it, after
     * verifying {@code newer} as at start and checking that its serial is higher.
     */
    void adopt(NetworkRegistry newer) {
        current = newer.current;
    }

    /** A registry answering from what this instance answers from now, whatever this instance adopts later. */
    NetworkRegistry snapshot() {
        return new NetworkRegistry(current);
    }

    private Stream<Agreement> receiptsBack(String fromOffice, String toOffice, MessageKind kind) {
        if (kind != MessageKind.RECEIPT) {
            return Stream.empty();
        }
        return agreements.stream().filter(agreement -> agreement.covers(toOffice, fromOffice));
    }

    private static String kindsOf(Agreement agreement) {
        return agreement.kinds().stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }

    private void checkReferences() {
        for (Office office : offices.values()) {
            if (!nodes.containsKey(office.node())) {
                throw new IllegalArgumentException("office " + office.id() + " names undeclared node " + office.node());
            }
        }
        for (Agreement agreement : agreements) {
            Stream.concat(agreement.from().stream(), agreement.to().stream())
                    .filter(officeId -> !offices.containsKey(officeId))
                    .findFirst()
                    .ifPresent(officeId -> {
                        throw new IllegalArgumentException(
                                "agreement " + agreement.id() + " names undeclared office " + officeId);
                    });
        }
        for (OperationGroup group : operationGroups.values()) {
            group.members().stream()
                    .filter(officeId -> !offices.containsKey(officeId))
                    .findFirst()
                    .ifPresent(officeId -> {
                        throw new IllegalArgumentException(
                                "operation group " + group.id() + " names undeclared office " + officeId);
                    });
        }
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key, String what) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T value : values) {
            if (byKey.put(key.apply(value), value) != null) {
                throw new IllegalArgumentException(what + " " + key.apply(value) + " is declared twice");
            }
        }
        return Collections.unmodifiableMap(byKey);
    }
}
