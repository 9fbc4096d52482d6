package org.blohub.hub.matrix;

import java.util.regex.Pattern;

/** One HTTP method on one path pattern of the node's request mappings. */
record Endpoint(String method, String pattern) {

    private static final Pattern CATCH_ALL = Pattern.compile("/\\{\\*[^}]+}|/\\*\\*");

    String key() {
        return method + " " + pattern;
    }

    /** The paths outside the web pages' chain: authenticated per request, by HTTP Basic or a bearer token. */
    boolean isApi() {
        return pattern.startsWith("/api/") || pattern.startsWith("/actuator") || pattern.startsWith("/v3/api-docs")
                || pattern.startsWith("/swagger-ui") || pattern.equals("/error");
    }

    /** The pattern with each path variable replaced: attachment indexes by 0, every other variable by the id. */
    String path(String id) {
        return CATCH_ALL.matcher(pattern).replaceAll("").replace("{index}", "0").replaceAll("\\{[^}]+}", id);
    }
}
