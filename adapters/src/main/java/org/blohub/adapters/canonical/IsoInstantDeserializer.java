package org.blohub.adapters.canonical;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads instants only from ISO-8601 strings. Jackson's own deserializer also takes numbers as epoch
 * seconds or milliseconds, which would let a national system's epoch-millisecond timestamp slip through
 * untranslated and be read as a time thousands of years away.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getString();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant such as 2026-11-28T02:41:00Z");
        }
    }
}
