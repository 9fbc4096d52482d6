package org.blohub.adapters.names;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;
import org.blohub.adapters.canonical.Person;

/**
 * Derives a plain-ASCII Latin romanisation of a name written in Thai, Lao, Khmer, Myanmar or Vietnamese,
 * for documents that give none. Thai and Myanmar go through ICU's transliterators (Thai: ISO 11940
 * letters, so นายสมชาย ใจดี gives "Smchay Cidi", not the RTGS "Somchai Jaidee" a person would choose);
 * Lao and Khmer, which ICU does not transliterate, through letter tables of our own (rule files next to
 * this class); then ICU's Latin-ASCII drops accents (Nguyễn -> Nguyen). Titles (นาย, ...) are left out.
 * A derived romanisation is a search aid, marked with {@link Person#nameLatinDerived()}. Thread-safe.
 */
public final class Romanizer {

    /** A Lao vowel written before its consonant, and the consonant, to be swapped into reading order. */
    private static final Pattern LAO_PREPOSED_VOWEL = Pattern.compile("([\\u0EC0-\\u0EC4])([\\u0E81-\\u0EAE\\u0EDC\\u0EDD])");
    private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^A-Za-z0-9' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Transliterator toAscii;

    public Romanizer() {
        toAscii = Transliterator.createFromRules("BloNames-Latin",
                rules("khmer-latin.txt") + rules("lao-latin.txt") + ":: Any-Latin ;\n:: Latin-ASCII ;\n", Transliterator.FORWARD);
    }

    /**
     * The name in plain ASCII Latin letters, title case, without a leading title; empty when nothing
     * readable remains (a script none of the transliterators knows).
     */
    public Optional<String> romanize(String name) {
        String reordered = LAO_PREPOSED_VOWEL.matcher(Honorifics.strip(name)).replaceAll("$2$1");
        String ascii = SPACES.matcher(NOT_NAME_CHARACTER.matcher(transliterate(reordered)).replaceAll("")).replaceAll(" ").strip();
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(ascii.split(" ")).map(Romanizer::titleCase).collect(Collectors.joining(" ")));
    }

    /**
     * {@code person} with a derived romanisation when it has none and its name is not in Latin letters;
     * otherwise {@code person} unchanged.
     */
    public Person completed(Person person) {
        if (person.nameLatin().isPresent() || isLatinScript(person.nameOriginal())) {
            return person;
        }
        return romanize(person.nameOriginal()).map(person::withDerivedNameLatin).orElse(person);
    }

    private String transliterate(String text) {
        synchronized (toAscii) {
            return toAscii.transliterate(text);
        }
    }

    static boolean isLatinScript(String text) {
        return text.codePoints().allMatch(codePoint -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
        });
    }

    private static String titleCase(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String rules(String file) {
        try (InputStream in = Romanizer.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new NamesSetupException("transliteration rules " + file + " are not on the class path", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NamesSetupException("cannot read transliteration rules " + file, e);
        }
    }
}
