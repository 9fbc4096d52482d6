package org.blohub.hub.api;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/schema/liaison-message.schema.json as packaged by the adapters module, read once: the node validates
 * submissions against it and the OpenAPI description publishes it.
 */
@Component
class PublishedSchema {

    static final String RESOURCE = "/org/blohub/adapters/schema/liaison-message.schema.json";

    private final JsonNode tree;

    PublishedSchema() {
        try (InputStream in = PublishedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PublishedSchemaUnreadableException("not on the classpath", null);
            }
            this.tree = JsonMapper.builder().build().readTree(in);
        } catch (IOException | JacksonException e) {
            throw new PublishedSchemaUnreadableException(e.getMessage(), e);
        }
    }

    /** A copy, so callers may change theirs. */
    JsonNode tree() {
        return tree.deepCopy();
    }

    /** The packaged schema is missing or not JSON: the build is broken, the node cannot start. */
    static final class PublishedSchemaUnreadableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PublishedSchemaUnreadableException(String reason, Throwable cause) {
            super("cannot read " + RESOURCE + ": " + reason, cause);
        }
    }
}
