package org.blohub.adapters.canonical;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the exact bytes that get signed and hashed.
 * Object members sorted by the UTF-16 code units of their names, no whitespace, strings with only
 * the escapes JSON requires, numbers as ECMAScript writes doubles, UTF-8 output.
 */
public final class CanonicalJson {

    private static final JsonMapper PARSER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final boolean refuseInexactNumbers;

    private CanonicalJson(boolean refuseInexactNumbers) {
        this.refuseInexactNumbers = refuseInexactNumbers;
    }

    /** Canonicalizes JSON text; numbers are read as IEEE 754 doubles, as RFC 8785 prescribes. */
    public static byte[] canonicalize(String json) {
        return canonicalize(parse(json));
    }

    /** Canonicalizes UTF-8 JSON text; numbers are read as IEEE 754 doubles, as RFC 8785 prescribes. */
    public static byte[] canonicalize(byte[] utf8Json) {
        return canonicalize(new String(utf8Json, StandardCharsets.UTF_8));
    }

    /** Canonicalizes a JSON tree; numbers are converted to the nearest IEEE 754 double. */
    public static byte[] canonicalize(JsonNode tree) {
        return new CanonicalJson(false).write(tree);
    }

    /**
     * Like {@link #canonicalize(JsonNode)}, but refuses any number a double cannot hold exactly, so that an
     * exact decimal (a seizure quantity) is never signed in a rounded form.
     */
    public static byte[] canonicalizeRefusingInexactNumbers(JsonNode tree) {
        return new CanonicalJson(true).write(tree);
    }

    private static JsonNode parse(String json) {
        try {
            return PARSER.readTree(json);
        } catch (JacksonException e) {
            throw new CanonicalJsonException("cannot canonicalize: not valid I-JSON ("
                    + e.getClass().getSimpleName() + " at " + e.getLocation() + ")", e);
        }
    }

    private byte[] write(JsonNode tree) {
        StringBuilder out = new StringBuilder();
        writeValue(tree, "$", out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeValue(JsonNode node, String path, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, path, out);
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(node.get(i), path + "[" + i + "]", out);
            }
            out.append(']');
        } else if (node.isString()) {
            writeString(node.stringValue(), path, out);
        } else if (node.isNumber()) {
            writeNumber(node, path, out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new CanonicalJsonException("cannot canonicalize " + node.getNodeType() + " at " + path);
        }
    }

    private void writeObject(JsonNode node, String path, StringBuilder out) {
        // String.compareTo orders by UTF-16 code units, exactly what RFC 8785 section 3.2.3 asks for.
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            sorted.put(member.getKey(), member.getValue());
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            String memberPath = path + "." + member.getKey();
            writeString(member.getKey(), memberPath, out);
            out.append(':');
            writeValue(member.getValue(), memberPath, out);
        }
        out.append('}');
    }

    private void writeNumber(JsonNode node, String path, StringBuilder out) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            out.append(format(node.doubleValue(), path));
            return;
        }
        BigDecimal exact = node.decimalValue();
        String written = format(exact.doubleValue(), path);
        if (refuseInexactNumbers && new BigDecimal(written).compareTo(exact) != 0) {
            throw new CanonicalJsonException("number at " + path + " has more digits than an IEEE 754 double"
                    + " holds; it would be signed rounded");
        }
        out.append(written);
    }

    private static String format(double value, String path) {
        try {
            return EcmaScriptNumber.format(value);
        } catch (CanonicalJsonException e) {
            throw new CanonicalJsonException("number at " + path + " is out of range: " + e.getMessage(), e);
        }
    }

    private static void writeString(String value, String path, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                throw new CanonicalJsonException("lone UTF-16 surrogate at " + path + ": not I-JSON");
            } else {
                appendEscaped(c, out);
            }
        }
        out.append('"');
    }

    private static void appendEscaped(char c, StringBuilder out) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20) {
                    out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
