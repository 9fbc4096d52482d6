package org.blohub.adapters.jsonmapping;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.blohub.adapters.spi.TranslationRefusal;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Applies field rules to one JSON object (the document, or a person or document block inside it) and
 * collects a refusal, naming the JSON Pointer, for every value that is missing or cannot be converted.
 */
final class MappedValues {

    private final JsonNode node;
    private final String base;
    private final List<TranslationRefusal> refusals;

    MappedValues(JsonNode node, String base, List<TranslationRefusal> refusals) {
        this.node = node;
        this.base = base;
        this.refusals = refusals;
    }

    boolean hasRefusals() {
        return !refusals.isEmpty();
    }

    Optional<String> text(String field, Optional<FieldRule> rule) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        FieldRule r = rule.get();
        Optional<String> raw = raw(field, r);
        if (raw.isEmpty()) {
            if (!r.optional()) {
                refuse(r.source(base), field, "missing or empty; the mapping requires it");
            }
            return Optional.empty();
        }
        if (r.values().isEmpty()) {
            return raw;
        }
        String mapped = r.values().get(raw.get());
        if (mapped == null) {
            refuse(r.source(base), field, "not one of the codes this channel knows (" + String.join(", ", r.values().keySet()) + ")");
            return Optional.empty();
        }
        return Optional.of(mapped);
    }

    List<String> texts(String field, Optional<FieldRule> rule) {
        if (rule.isEmpty()) {
            return List.of();
        }
        FieldRule r = rule.get();
        if (r.pointer().isPresent()) {
            JsonNode value = node.at(JsonPointer.compile(r.pointer().get()));
            if (value.isArray()) {
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (!item.isString() || item.asString().isBlank()) {
                        refuse(base + r.pointer().get() + "/" + i, field, "must be a non-empty string");
                    } else {
                        texts.add(item.asString().strip());
                    }
                }
                if (texts.isEmpty() && !r.optional() && value.isEmpty()) {
                    refuse(r.source(base), field, "empty list; the mapping requires at least one value");
                }
                return texts;
            }
        }
        return text(field, rule).map(List::of).orElse(List.of());
    }

    <E extends Enum<E>> Optional<E> code(String field, Optional<FieldRule> rule, Function<String, E> valueOf) {
        return text(field, rule).map(valueOf);
    }

    Optional<Instant> instant(String field, Optional<FieldRule> rule) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        FieldRule r = rule.get();
        return text(field, rule).flatMap(value -> {
            try {
                String kind = r.time().orElse("iso-instant");
                return Optional.of(switch (kind) {
                    case "epoch-millis" -> Instant.ofEpochMilli(new BigDecimal(value).longValueExact());
                    case "epoch-seconds" -> Instant.ofEpochSecond(new BigDecimal(value).longValueExact());
                    case "iso-instant" -> Instant.parse(value);
                    default -> LocalDateTime.parse(value, DateTimeFormatter.ofPattern(kind.replace("yyyy", "uuuu"))
                            .withResolverStyle(ResolverStyle.STRICT)).atZone(ZoneId.of(r.zone().orElseThrow())).toInstant();
                });
            } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
                refuse(r.source(base), field, "not a time as " + r.time().orElse("iso-instant"));
                return Optional.empty();
            }
        });
    }

    Optional<LocalDate> date(String field, Optional<FieldRule> rule) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        FieldRule r = rule.get();
        return text(field, rule).flatMap(value -> {
            try {
                String pattern = r.date().orElse("yyyy-MM-dd");
                return Optional.of(LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"))
                        .withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeException e) {
                refuse(r.source(base), field, "not a date as " + r.date().orElse("yyyy-MM-dd"));
                return Optional.empty();
            }
        });
    }

    private Optional<String> raw(String field, FieldRule rule) {
        if (rule.constant().isPresent()) {
            return rule.constant();
        }
        if (rule.pointer().isPresent()) {
            return scalar(field, rule.pointer().get());
        }
        List<String> parts = new ArrayList<>();
        for (String pointer : rule.join()) {
            scalar(field, pointer).ifPresent(parts::add);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    private Optional<String> scalar(String field, String pointer) {
        JsonNode value = node.at(JsonPointer.compile(pointer));
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (value.isString()) {
            String text = value.asString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isNumber() || value.isBoolean()) {
            return Optional.of(value.asString());
        }
        refuse(base + pointer, field, "must be a single value, not an object or list");
        return Optional.empty();
    }

    private void refuse(String pointer, String field, String what) {
        refusals.add(new TranslationRefusal(pointer, field, "The value for " + field + " is " + what + "."));
    }
}
