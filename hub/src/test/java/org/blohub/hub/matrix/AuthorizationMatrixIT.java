package org.blohub.hub.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.blohub.hub.demo.DemoCredentials;
import org.blohub.hub.demo.NodeLauncher;
import org.blohub.hub.node.NodeMaterial;
import org.blohub.hub.security.CallerDirectory;
import org.blohub.hub.web.WebNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every HTTP endpoint the running node maps (its controllers and pages, actuator, OpenAPI), called by every kind of
 * caller, against the expected status of each cell. The endpoints come from the node's own handler mappings, so a
 * new endpoint without a row in {@link #EXPECTED} fails this test until someone decides who may call it.
 */
class AuthorizationMatrixIT {

    /**
     * One row per endpoint: method, path pattern, then one cell per {@link Caller} in declaration order. A cell is
     * the HTTP status, or {@code login} for a redirect to the sign-in page. Path variables are filled with the id
     * of a message the owning office sent (with one attachment, index 0). Where a caller is allowed, the cell is
     * the endpoint's own answer to the test's request: 400 for the audit queries called without their parameters,
     * for a discard without a reason and for a bundle export without a peer, 422 for a bundle import of a body that is
     * no bundle, 404 for marking read a message the office sent rather than received,
     * 403 on {@code POST /api/messages} for an office with no agreement with the recipient (and 200 for the compose
     * page re-shown with that refusal), 404 for forwarding a message the office sent rather than received and for
     * deciding a consent request that does not exist (the id is a message's). Page POSTs without a session have no
     * CSRF token, hence 403 before sign-in.
     */
    static final String EXPECTED = """
            # method pattern                                      anon  owner coord other system auditor admin revoked disabled
            GET    /                                              login 302   302   302   401   302   302   401   login
            GET    /actuator                                      401   403   403   403   401   403   200   401   401
            GET    /actuator/health                               200   200   200   200   200   200   200   200   401
            GET    /actuator/health/**                            200   200   200   200   200   200   200   200   401
            GET    /actuator/prometheus                           401   403   403   403   401   403   200   401   401
            GET    /admin                                         login 403   403   403   401   403   302   401   login
            GET    /admin/links                                   login 403   403   403   401   403   200   401   login
            GET    /admin/quarantine                              login 403   403   403   401   403   200   401   login
            GET    /admin/registry                                login 403   403   403   401   403   200   401   login
            GET    /api/admin/quarantine                          401   403   403   403   401   403   200   401   401
            GET    /api/audit/checkpoint                          401   403   403   403   401   200   403   401   401
            GET    /api/audit/entries                             401   403   403   403   401   400   403   401   401
            GET    /api/audit/events                              401   403   403   403   401   200   403   401   401
            GET    /api/audit/messages/{messageId}/evidence       401   403   403   403   401   200   403   401   401
            GET    /api/audit/proof/consistency                   401   403   403   403   401   400   403   401   401
            GET    /api/audit/proof/inclusion                     401   403   403   403   401   400   403   401   401
            GET    /api/audit/witnessed/{node}                    401   403   403   403   401   404   403   401   401
            GET    /api/consent-requests                          401   200   200   200   200   200   403   401   401
            GET    /api/conversations/{id}                        401   200   200   404   200   200   403   401   401
            GET    /api/liaison/notices                           401   200   200   200   200   403   403   401   401
            GET    /api/messages/inbox                            401   200   200   200   200   200   403   401   401
            GET    /api/messages/outbox                           401   200   200   200   200   200   403   401   401
            GET    /api/messages/search                           401   400   400   400   400   400   403   401   401
            GET    /api/messages/{id}                             401   200   200   404   200   200   403   401   401
            GET    /api/messages/{id}/attachments/{index}         401   200   200   404   200   200   403   401   401
            GET    /api/messages/{id}/forwards                    401   404   404   404   404   404   403   401   401
            GET    /audit                                         login 403   403   403   401   200   403   401   login
            GET    /audit/checkpoints                             login 403   403   403   401   200   403   401   login
            GET    /audit/dashboard/figures                       login 403   403   403   401   200   403   401   login
            GET    /audit/events                                  login 403   403   403   401   200   403   401   login
            GET    /audit/messages/{messageId}                    login 403   403   403   401   200   403   401   login
            GET    /audit/messages/{messageId}/evidence           login 403   403   403   401   200   403   401   login
            GET    /compose                                       login 200   200   200   401   403   403   401   login
            GET    /consent                                       login 200   200   200   401   403   403   401   login
            GET    /error                                         500   500   500   500   500   500   500   401   401
            GET    /inbox                                         login 200   200   200   401   403   403   401   login
            GET    /inbox/rows                                    login 200   200   200   401   403   403   401   login
            GET    /login                                         200   200   200   200   200   200   200   200   200
            GET    /messages/{id}                                 login 200   200   404   401   403   403   401   login
            GET    /messages/{id}/attachments/{index}             login 200   200   404   401   403   403   401   login
            GET    /messages/{id}/reply                           login 200   200   404   401   403   403   401   login
            GET    /notices                                       login 403   200   403   401   403   403   401   login
            GET    /outbox                                        login 200   200   200   401   403   403   401   login
            GET    /outbox/rows                                   login 200   200   200   401   403   403   401   login
            GET    /search                                        login 200   200   200   401   403   403   401   login
            GET    /swagger-ui.html                               302   302   302   302   302   302   302   401   401
            GET    /v3/api-docs                                   200   200   200   200   200   200   200   401   401
            GET    /v3/api-docs.yaml                              401   401   401   401   401   401   401   401   401
            GET    /v3/api-docs/swagger-config                    200   200   200   200   200   200   200   401   401
            POST   /admin/quarantine/{id}/discard                 403   403   403   403   403   403   400   403   403
            POST   /api/admin/airgap/exports                      401   403   403   403   401   403   400   401   401
            POST   /api/admin/airgap/imports                      401   403   403   403   401   403   422   401   401
            POST   /api/admin/quarantine/{id}/discard             401   403   403   403   401   403   400   401   401
            POST   /api/consent-requests/{id}/decision            401   404   404   404   404   403   403   401   401
            POST   /api/messages                                  401   202   202   403   202   403   403   401   401
            POST   /api/messages/{id}/forward                     401   404   404   404   404   403   403   401   401
            POST   /api/messages/{id}/read                        401   404   404   404   404   403   403   401   401
            POST   /compose                                       403   302   302   200   403   403   403   403   403
            POST   /consent/{id}/decision                         403   404   404   404   403   403   403   403   403
            POST   /messages/{id}/forward                         403   404   404   404   403   403   403   403   403
            POST   /messages/{id}/reply                           403   302   302   404   403   403   403   403   403
            """;

    @TempDir
    static Path directory;

    static ConfigurableApplicationContext th;
    static EndpointCaller callers;
    static String messageId;

    @BeforeAll
    static void startNodeAndSendOneMessage() throws Exception {
        WebNodes material = new WebNodes(directory);
        DemoCredentials credentials = material.credentials;
        String owningOffice = credentials.auditorOf("TH").office();
        assertThat(credentials.adminOf("TH").office()).isEqualTo(owningOffice);
        String otherOffice = credentials.officers().stream().map(DemoCredentials.Officer::office)
                .filter(office -> office.startsWith("TH-") && !office.equals(owningOffice)).findFirst().orElseThrow();
        String revokedToken = "revoked-" + HexFormat.of().formatHex(CallerDirectory.sha256(directory.toString()));
        DemoCredentials.Officer owner = credentials.officerOf(owningOffice);
        DemoCredentials.Officer disabled = new DemoCredentials.Officer("TH", owningOffice, "th-disabled",
                owner.password());
        markRevokedAndDisabled(new NodeMaterial(directory.resolve("demo"), "TH").callers(), owner, disabled,
                revokedToken);

        // the revoked and disabled columns fail about a hundred logins from this one address: BruteForceIT covers the
        // address throttle, here it would turn their 401s into 429s
        th = NodeLauncher.start("TH", directory.resolve("demo"), directory.resolve("TH"), 0, List.of("LA"),
                Map.of("blo.security.address-throttle.failures", "100000"));
        callers = new EndpointCaller(WebNodes.baseUrl(th), credentials, owningOffice, otherOffice, revokedToken,
                disabled);
        messageId = callers.sendWithAttachment(recipientOf(owningOffice));
    }

    /** The demo registry's counterpart of each office that may hold the auditor's and administrator's accounts. */
    private static String recipientOf(String office) {
        return Map.of("TH-MAESAI", "MM-TACHILEIK", "TH-CHIANGKHONG", "LA-HOUAYXAY").get(office);
    }

    private static void markRevokedAndDisabled(Path callersFile, DemoCredentials.Officer owner,
            DemoCredentials.Officer disabled, String revokedToken) throws Exception {
        Properties existing = new Properties();
        try (var reader = Files.newBufferedReader(callersFile, StandardCharsets.UTF_8)) {
            existing.load(reader);
        }
        String lines = """

                officer.%1$s.office=%2$s
                officer.%1$s.password=%3$s
                officer.%1$s.disabled=true
                token.th-revoked-system.office=%2$s
                token.th-revoked-system.sha256=%4$s
                token.th-revoked-system.revoked=true
                """.formatted(disabled.user(), disabled.office(),
                existing.getProperty("officer." + owner.user() + ".password"),
                HexFormat.of().formatHex(CallerDirectory.sha256(revokedToken)));
        Files.writeString(callersFile, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @AfterAll
    static void stop() {
        if (th != null) {
            th.close();
        }
    }

    @Test
    void everyEndpointAnswersEachKindOfCallerAsTheMatrixSays() {
        Map<String, List<String>> expected = ExpectedMatrix.parse(EXPECTED);
        Map<String, List<String>> actual = new TreeMap<>();
        for (Endpoint endpoint : endpoints()) {
            actual.put(endpoint.key(), callers.callEveryone(endpoint, messageId));
        }
        List<String> problems = new ArrayList<>();
        actual.forEach((key, cells) -> {
            if (!expected.containsKey(key)) {
                problems.add("no row for " + key + "; it answers: " + ExpectedMatrix.row(key, cells));
            } else if (!expected.get(key).equals(cells)) {
                problems.add("expected " + ExpectedMatrix.row(key, expected.get(key)) + "\n     but got "
                        + ExpectedMatrix.row(key, cells));
            }
        });
        expected.keySet().stream().filter(key -> !actual.containsKey(key))
                .forEach(key -> problems.add("row for an endpoint the node no longer maps: " + key));
        assertThat(problems).as("the authorization matrix (columns: %s); actual table:%n%s",
                Caller.header(), actual.entrySet().stream().map(entry -> ExpectedMatrix.row(entry.getKey(),
                        entry.getValue())).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void enumeratesTheApiThePagesTheActuatorAndTheOpenApiDescription() {
        List<String> keys = endpoints().stream().map(Endpoint::key).toList();
        assertThat(keys).contains("GET /api/messages/{id}", "POST /compose", "GET /actuator/health",
                "GET /v3/api-docs", "GET /api/audit/events", "POST /api/admin/quarantine/{id}/discard");
    }

    /** Every (method, path pattern) of the node's request mappings; a mapping without a method is called with GET. */
    static List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (RequestMappingInfoHandlerMapping mapping : th.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = handler.getKey();
                List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).sorted()
                        .toList();
                for (String pattern : info.getPatternValues()) {
                    for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                        Endpoint endpoint = new Endpoint(method, pattern);
                        endpoints.putIfAbsent(endpoint.key(), endpoint);
                    }
                }
            }
        }
        return List.copyOf(endpoints.values());
    }
}
