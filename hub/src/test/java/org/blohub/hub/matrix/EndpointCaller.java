package org.blohub.hub.matrix;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.blohub.hub.demo.DemoCredentials;

/**
 * Calls one node as each {@link Caller}: the API with HTTP Basic or a bearer token, the pages with a form-login
 * session per account (and the token callers' header on pages, which must not open them).
 */
final class EndpointCaller {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]+)\"");
    private static final String BOUNDARY = "matrix-boundary-5e0b";

    private final String baseUrl;
    private final String owningOffice;
    private final Map<Caller, String> apiAuthorization = new EnumMap<>(Caller.class);
    private final Map<Caller, Session> sessions = new EnumMap<>(Caller.class);

    /** A page session: its cookie, sent by hand because it is Secure and the test talks plain HTTP to localhost. */
    private record Session(Optional<String> cookie, Optional<String> csrf) {
    }

    EndpointCaller(String baseUrl, DemoCredentials credentials, String owningOffice, String otherOffice,
            String revokedToken, DemoCredentials.Officer disabled) {
        this.baseUrl = baseUrl;
        this.owningOffice = owningOffice;
        Map<Caller, DemoCredentials.Officer> accounts = new EnumMap<>(Caller.class);
        accounts.put(Caller.OWNING_OFFICER, credentials.officerOf(owningOffice));
        accounts.put(Caller.OWNING_COORDINATOR, credentials.coordinatorOf(owningOffice));
        accounts.put(Caller.OTHER_OFFICE_OFFICER, credentials.officerOf(otherOffice));
        accounts.put(Caller.AUDITOR, credentials.auditorOf("TH"));
        accounts.put(Caller.ADMIN, credentials.adminOf("TH"));
        accounts.put(Caller.DISABLED_ACCOUNT, disabled);
        accounts.forEach((caller, account) -> {
            apiAuthorization.put(caller, basic(account));
            sessions.put(caller, signIn(account));
        });
        apiAuthorization.put(Caller.SYSTEM_TOKEN, "Bearer " + credentials.tokenOf(owningOffice).token());
        apiAuthorization.put(Caller.REVOKED_TOKEN, "Bearer " + revokedToken);
        if (sessions.get(Caller.DISABLED_ACCOUNT).cookie().isPresent()
                || sessions.get(Caller.OWNING_OFFICER).cookie().isEmpty()) {
            throw new IllegalStateException("page sign-in did not go as expected: the disabled account signed in,"
                    + " or the owning office's officer could not");
        }
    }

    /** Sends a REQUEST with one attachment as the owning office's officer and returns its id. */
    String sendWithAttachment(String recipient) {
        String message = """
                {"to": ["%s"], "kind": "REQUEST", "priority": "ROUTINE", "handling": {"code": "H1"},
                 "language": "en", "subject": "Matrix check", "body": "Matrix check body"}""".formatted(recipient);
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"message\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + message + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nmatrix attachment\r\n--" + BOUNDARY + "--\r\n";
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/api/messages"))
                .header("Authorization", apiAuthorization.get(Caller.OWNING_OFFICER))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher id = MESSAGE_ID.matcher(response.body());
        if (response.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("the matrix's message was refused: " + response.statusCode());
        }
        return id.group(1);
    }

    List<String> callEveryone(Endpoint endpoint, String messageId) {
        List<String> cells = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            cells.add(call(caller, endpoint, messageId));
        }
        return cells;
    }

    private String call(Caller caller, Endpoint endpoint, String messageId) {
        String path = endpoint.path(messageId);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1));
        String body = "";
        if (endpoint.isApi() || caller == Caller.SYSTEM_TOKEN || caller == Caller.REVOKED_TOKEN) {
            Optional.ofNullable(apiAuthorization.get(caller)).ifPresent(value -> request.header("Authorization", value));
            if (endpoint.method().equals("POST")) {
                request.header("Content-Type", "application/json");
                body = apiBody(path);
            }
        } else {
            Optional<Session> session = Optional.ofNullable(sessions.get(caller));
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            session.flatMap(Session::cookie).ifPresent(cookie -> request.header("Cookie", cookie));
            if (endpoint.method().equals("POST")) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                body = pageForm(session.flatMap(Session::csrf));
            }
        }
        request.method(endpoint.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = send(HttpClient.newHttpClient(), request);
        int status = response.statusCode();
        if (status / 100 == 3 && response.headers().firstValue("Location").orElse("").matches(".*/login(\\?.*)?$")) {
            return "login";
        }
        return String.valueOf(status);
    }

    private String apiBody(String path) {
        if (path.equals("/api/messages")) {
            return """
                    {"to": ["%s"], "kind": "NOTIFICATION", "priority": "ROUTINE", "handling": {"code": "H1"},
                     "language": "en", "subject": "Matrix cell", "body": "Matrix cell"}"""
                    .formatted(recipient());
        }
        if (path.endsWith("/discard")) {
            return "{\"reason\": \"DUPLICATE\"}";
        }
        return "{}";
    }

    private String pageForm(Optional<String> csrf) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("to", recipient());
        fields.put("kind", "NOTIFICATION");
        fields.put("priority", "ROUTINE");
        fields.put("handlingCode", "H1");
        fields.put("language", "en");
        fields.put("subject", "Matrix cell");
        fields.put("body", "Matrix cell");
        csrf.ifPresent(token -> fields.put("_csrf", token));
        return fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String recipient() {
        return owningOffice.equals("TH-MAESAI") ? "MM-TACHILEIK" : "LA-HOUAYXAY";
    }

    /** Signs in through the login form; the session's CSRF token is read from the page the login lands on. */
    private Session signIn(DemoCredentials.Officer account) {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> loginPage = send(client, HttpRequest.newBuilder(uri("/login")).GET());
        Matcher token = CSRF.matcher(loginPage.body());
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(account.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(account.password(), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        sessionCookie(loginPage).ifPresent(cookie -> post.header("Cookie", cookie));
        HttpResponse<String> signedIn = send(client, post);
        String landing = signedIn.headers().firstValue("Location").orElse("/login?error");
        Optional<String> cookie = sessionCookie(signedIn);
        if (landing.contains("/login") || cookie.isEmpty()) {
            return new Session(Optional.empty(), Optional.empty());
        }
        HttpResponse<String> landed = signedIn;
        for (int hop = 0; hop < 3 && landed.statusCode() / 100 == 3; hop++) {
            URI next = landed.uri().resolve(landed.headers().firstValue("Location").orElseThrow());
            landed = send(client, HttpRequest.newBuilder(next).header("Cookie", cookie.get()).GET());
        }
        Matcher csrf = CSRF.matcher(landed.body());
        return new Session(cookie, csrf.find() ? Optional.of(csrf.group(1)) : Optional.empty());
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')))
                .findFirst();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String basic(DemoCredentials.Officer account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.user() + ":" + account.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call to the node failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
