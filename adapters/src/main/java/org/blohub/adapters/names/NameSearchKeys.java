package org.blohub.adapters.names;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.blohub.adapters.canonical.Person;

/**
 * Search keys of persons' names, so that an officer finds a person whatever script and spelling the
 * documents used. A person's keys are the lower-case ASCII tokens of the romanisation the document gave,
 * of its family and given name parts, and of the romanisation derived from the original name, plus the
 * tokens of the original name in its own script; titles (นาย, Mr, ...) are left out. A query matches when
 * each of its tokens is the start of one of the person's keys, in any order: "Somchai Jaidee", "somchai",
 * "jaid" and "สมชาย" all find นายสมชาย ใจดี (romanised Somchai Jaidee). Thread-safe.
 */
public final class NameSearchKeys {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final Romanizer romanizer;
    private final Transliterator latinToAscii = Transliterator.getInstance("Latin-ASCII");

    public NameSearchKeys(Romanizer romanizer) {
        this.romanizer = romanizer;
    }

    public Set<String> keysOf(Person person) {
        Set<String> keys = new LinkedHashSet<>();
        person.nameLatin().ifPresent(name -> keys.addAll(tokens(name)));
        person.familyNameLatin().ifPresent(name -> keys.addAll(tokens(name)));
        person.givenNameLatin().ifPresent(name -> keys.addAll(tokens(name)));
        keys.addAll(tokens(person.nameOriginal()));
        romanizer.romanize(person.nameOriginal()).ifPresent(derived -> keys.addAll(tokens(derived)));
        return Set.copyOf(keys);
    }

    public Set<String> queryKeys(String query) {
        return Set.copyOf(tokens(query));
    }

    /** True when every query key starts one of the person's keys; an empty query matches nothing. */
    public boolean matches(Set<String> personKeys, Set<String> queryKeys) {
        return !queryKeys.isEmpty()
                && queryKeys.stream().allMatch(query -> personKeys.stream().anyMatch(key -> key.startsWith(query)));
    }

    public boolean matches(Person person, String query) {
        return matches(keysOf(person), queryKeys(query));
    }

    /** Tokens of a name: title removed, Latin letters folded to lower-case ASCII, other scripts kept as written. */
    private Set<String> tokens(String name) {
        String folded;
        synchronized (latinToAscii) {
            folded = latinToAscii.transliterate(Honorifics.strip(name));
        }
        Set<String> tokens = new LinkedHashSet<>();
        Arrays.stream(SEPARATORS.split(folded.toLowerCase(Locale.ROOT)))
                .filter(token -> !token.isEmpty() && !Honorifics.isLatinTitle(token))
                .forEach(tokens::add);
        return tokens;
    }
}
