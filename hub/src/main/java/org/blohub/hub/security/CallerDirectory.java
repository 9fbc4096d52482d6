package org.blohub.hub.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.blohub.hub.node.NodeStartupException;
import org.blohub.hub.registry.NetworkRegistry;

/**
 * The officers and API tokens of this node, each bound to one office it hosts, read from
 * {@code callers.properties}:
 * <pre>
 * officer.&lt;user&gt;.office=TH-CHIANGKHONG
 * officer.&lt;user&gt;.password={bcrypt}$2a$10$...
 * officer.&lt;user&gt;.role=OFFICER            (optional; OFFICER, COORDINATOR, AUDITOR or ADMIN)
 * token.&lt;name&gt;.office=TH-CHIANGKHONG
 * officer.&lt;user&gt;.disabled=2026-12-07T06:20:00Z   (optional; the account stays, its login is refused)
 * token.&lt;name&gt;.office=TH-CHIANGKHONG
 * token.&lt;name&gt;.sha256=&lt;hex SHA-256 of the token&gt;
 * token.&lt;name&gt;.revoked=2026-12-07T06:20:00Z      (optional; the token no longer authenticates)
 * </pre>
 * Only hashes are stored; a token is 256 random bits, so one SHA-256 suffices. Disabled accounts and revoked
 * tokens are kept, with the time of the change, so the names in the audit trail keep their meaning.
 */
public final class CallerDirectory {

    /** An officer's stored password hash with the caller it authenticates. */
    public record Officer(OfficeCaller caller, String passwordHash) {
    }

    private record Token(OfficeCaller caller, byte[] sha256) {
    }

    private final Map<String, Officer> officers;
    private final List<Token> tokens;
    private final Set<String> disabledOfficers;

    private CallerDirectory(Map<String, Officer> officers, List<Token> tokens, Set<String> disabledOfficers) {
        this.officers = Map.copyOf(officers);
        this.tokens = List.copyOf(tokens);
        this.disabledOfficers = Set.copyOf(disabledOfficers);
    }

    public static CallerDirectory load(Path file, NetworkRegistry registry, String nodeName) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new NodeStartupException("node " + nodeName + ": cannot read the callers file " + file, e);
        }
        Map<String, Officer> officers = new HashMap<>();
        List<Token> tokens = new java.util.ArrayList<>();
        Set<String> disabled = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("officer.") && key.endsWith(".office")) {
                String user = key.substring("officer.".length(), key.length() - ".office".length());
                String office = hostedOffice(properties.getProperty(key), registry, nodeName, key);
                CallerRole role = CallerRole.valueOf(properties.getProperty("officer." + user + ".role", "OFFICER"));
                officers.put(user, new Officer(new OfficeCaller(user, office, role),
                        required(properties, "officer." + user + ".password", file)));
                if (properties.containsKey("officer." + user + ".disabled")) {
                    disabled.add(user);
                }
            } else if (key.startsWith("token.") && key.endsWith(".office")) {
                String name = key.substring("token.".length(), key.length() - ".office".length());
                if (properties.containsKey("token." + name + ".revoked")) {
                    continue;
                }
                String office = hostedOffice(properties.getProperty(key), registry, nodeName, key);
                tokens.add(new Token(new OfficeCaller(name, office, CallerRole.SYSTEM),
                        HexFormat.of().parseHex(required(properties, "token." + name + ".sha256", file))));
            }
        }
        return new CallerDirectory(officers, tokens, disabled);
    }

    private static String hostedOffice(String office, NetworkRegistry registry, String nodeName, String key) {
        if (registry.office(office).filter(known -> known.node().equals(nodeName)).isEmpty()) {
            throw new NodeStartupException("node " + nodeName + ": " + key + " names office " + office
                    + ", which this node does not host");
        }
        return office;
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new NodeStartupException(file + ": " + key + " is missing");
        }
        return value.strip();
    }

    public Map<String, Officer> officers() {
        return officers;
    }

    /** A disabled officer keeps their account and history but can no longer sign in. */
    public boolean isDisabled(String user) {
        return disabledOfficers.contains(user);
    }

    public Optional<OfficeCaller> officer(String user) {
        return Optional.ofNullable(officers.get(user)).map(Officer::caller);
    }

    /** The caller a bearer token authenticates, compared in constant time. */
    public Optional<OfficeCaller> byToken(String token) {
        byte[] hash = sha256(token);
        return tokens.stream().filter(candidate -> MessageDigest.isEqual(candidate.sha256(), hash))
                .map(Token::caller).findFirst();
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CallerException("SHA-256 is not available in this JVM", e);
        }
    }
}
