package org.blohub.adapters.canonical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON form of {@link LiaisonMessage} (described by docs/schema/liaison-message.schema.json):
 * camelCase members, ISO-8601 instants and dates, enums by name, absent optionals omitted, decimals as
 * JSON numbers written digit for digit. Reading is strict: unknown members, duplicate members, missing
 * required members, nulls and strings where numbers belong are refused.
 */
public final class LiaisonMessageJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_ABSENT)
                    .withContentInclusion(JsonInclude.Include.NON_ABSENT))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.Float, CoercionInputShape.String))
            .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String))
            .withCoercionConfig(LogicalType.Textual,
                    refuse(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
            .addModule(new SimpleModule("iso-instants-only").addDeserializer(Instant.class, new IsoInstantDeserializer()))
            .build();

    private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }

    public String toJson(LiaisonMessage message) {
        return mapper.writeValueAsString(message);
    }

    public byte[] toJsonBytes(LiaisonMessage message) {
        return toJson(message).getBytes(StandardCharsets.UTF_8);
    }

    /** The message as a JSON tree, members as in {@link #toJson(LiaisonMessage)}. */
    public JsonNode toTree(LiaisonMessage message) {
        return mapper.valueToTree(message);
    }

    /**
     * The RFC 8785 canonical JSON of the message: the bytes to sign. Decimals stay JSON numbers; a
     * quantity that an IEEE 754 double cannot represent exactly is refused rather than signed rounded.
     *
     * @throws CanonicalJsonException if a decimal would lose precision
     */
    public byte[] toCanonicalBytes(LiaisonMessage message) {
        return CanonicalJson.canonicalizeRefusingInexactNumbers(toTree(message));
    }

    /** @throws LiaisonMessageFormatException naming the field when the JSON is not a liaison message */
    public LiaisonMessage fromJson(String json) {
        try {
            return mapper.readValue(json, LiaisonMessage.class);
        } catch (JacksonException e) {
            throw describe(e);
        }
    }

    /** @throws LiaisonMessageFormatException naming the field when the JSON is not a liaison message */
    public LiaisonMessage fromJson(byte[] utf8Json) {
        try {
            return mapper.readValue(utf8Json, LiaisonMessage.class);
        } catch (JacksonException e) {
            throw describe(e);
        }
    }

    // Jackson's own messages can quote the offending value, which may be a personal name: build our own.
    private static LiaisonMessageFormatException describe(JacksonException e) {
        String path = pathOf(e.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return new LiaisonMessageFormatException(path, "unknown field", e);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof MissingFieldException missing) {
            String fieldPath = path.isEmpty() ? missing.field() : path + "." + missing.field();
            return new LiaisonMessageFormatException(fieldPath, "required field missing or null", e);
        }
        if (e instanceof StreamReadException && e.getLocation() != null) {
            return new LiaisonMessageFormatException(path, "malformed JSON or duplicate field at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        return new LiaisonMessageFormatException(path, "missing, null, or of the wrong type or format", e);
    }

    private static String pathOf(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
